import { NextResponse, type NextRequest } from 'next/server'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin speaks Vietnamese by default, whatever the browser's language; staff who
 * pick English in their account keep it (Payload stores the choice in this cookie).
 */
export function middleware(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; ${LANGUAGE_COOKIE}=vi` : `${LANGUAGE_COOKIE}=vi`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin/:path*', '/admin'] }
