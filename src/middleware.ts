import { NextResponse, type NextRequest } from 'next/server'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * What a public page may be sent: its only form is the comment form (a few kilobytes). Larger
 * bodies are refused before Next.js reads them, which would otherwise answer a server error
 * ("Body exceeded … limit") with its own English page.
 */
export const PUBLIC_FORM_LIMIT = 1024 * 1024

function isAdmin(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/')
}

/**
 * The admin speaks Vietnamese by default, whatever the browser's language; staff who
 * pick English in their account keep it (Payload stores the choice in this cookie).
 * Posts to public pages over PUBLIC_FORM_LIMIT are answered 413.
 */
export function middleware(request: NextRequest) {
  if (!isAdmin(request.nextUrl.pathname)) {
    const length = Number(request.headers.get('content-length') ?? 0)
    if (request.method === 'POST' && length > PUBLIC_FORM_LIMIT)
      return new NextResponse('Nội dung gửi lên quá lớn. Bình luận chỉ gồm vài đoạn văn.', {
        status: 413,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      })
    return NextResponse.next()
  }
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; ${LANGUAGE_COOKIE}=vi` : `${LANGUAGE_COOKIE}=vi`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

// Public pages only when something is sent (a body has a length): plain page views skip it.
export const config = {
  matcher: [
    '/admin/:path*',
    '/admin',
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'content-length' }] },
  ],
}
