import { NextResponse, type NextRequest } from 'next/server'
import { EXISTS_ROUTE, namedPage, NO_ROUTE, rewrittenPath } from '@/http/namedPages'

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

/** Named pages found to exist lately (address → until when): their next views are not asked about. */
const existing = new Map<string, number>()
const REMEMBER_MS = 30_000
const REMEMBER_MAX = 5_000

/**
 * Whether a public page names a document that does not exist (src/http/namedPages.ts says why
 * this is asked here). Staff (logged in, or previewing) are left to the page, which may show
 * them more than the public; any doubt (no answer in time) leaves it to the page too.
 */
async function namesNothing(request: NextRequest): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const staff = request.cookies.has('payload-token') || request.headers.has('authorization')
  if (staff || request.cookies.has('__prerender_bypass')) return false
  const path = rewrittenPath(request.nextUrl.pathname, request.nextUrl.searchParams)
  if (!namedPage(path)) return false
  if ((existing.get(path) ?? 0) > Date.now()) return false
  // This server itself, not the public address (which may be a proxy in front of it).
  const origin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : request.nextUrl.origin
  try {
    const answer = await fetch(`${origin}${EXISTS_ROUTE}?duong-dan=${encodeURIComponent(path)}`, {
      signal: AbortSignal.timeout(2_000),
    })
    if (answer.status === 404) return true
    if (answer.status === 204) {
      if (existing.size >= REMEMBER_MAX) existing.clear()
      existing.set(path, Date.now() + REMEMBER_MS)
    }
  } catch {
    // No answer: the page decides.
  }
  return false
}

/**
 * The admin speaks Vietnamese by default, whatever the browser's language; staff who
 * pick English in their account keep it (Payload stores the choice in this cookie).
 * Posts to public pages over PUBLIC_FORM_LIMIT are answered 413. A named page whose document
 * does not exist gets the site's 404 page.
 */
export async function middleware(request: NextRequest) {
  if (await namesNothing(request)) return NextResponse.rewrite(new URL(NO_ROUTE, request.url))
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

// Public pages only when something is sent (a body has a length), and named pages (namedPages.ts):
// other page views skip it.
export const config = {
  matcher: [
    '/admin/:path*',
    '/admin',
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'content-length' }] },
    '/(tin-tuc|van-ban|loat-bai|bieu-hien)/:name',
    '/(chuyen-muc|tac-gia)/:name',
    '/(chuyen-muc|tac-gia)/:name/trang/:page',
    '/tien-do/nam/:year',
    { source: '/tien-do', has: [{ type: 'query', key: 'nam' }] },
    { source: '/dinh-chinh', has: [{ type: 'query', key: 'trang' }] },
  ],
}
