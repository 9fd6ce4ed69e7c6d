/**
 * Public pages named by a slug or a code, whose address may name nothing.
 *
 * Next.js answers a page that calls notFound() with an empty document filled in by JavaScript
 * (vercel/next.js#62228), while an address that matches no route gets the whole 404 page from
 * the server. So the middleware asks, before such a page renders, whether its document exists
 * (`src/app/(site)/ton-tai`), and sends a missing one to no route at all. Pure: the middleware
 * imports it.
 */
import { indicatorCodeOf } from '@/catalogue/code'

export type NamedCollection =
  | 'articles'
  | 'guidance-documents'
  | 'categories'
  | 'authors'
  | 'series'
  | 'indicators'
  /** /tien-do of a year: the key is the year as written, which the page parses itself. */
  | 'progress-years'
  /** A page of /dinh-chinh: the key is the page number as written. */
  | 'corrections-pages'
export type NamedPage = {
  collection: NamedCollection
  /** The slug or (indicators) the upper-case code; empty when the address cannot name anything. */
  key: string
}

const ROUTES: [RegExp, NamedCollection][] = [
  [/^\/tin-tuc\/([^/]+)$/, 'articles'],
  [/^\/van-ban\/([^/]+)$/, 'guidance-documents'],
  [/^\/chuyen-muc\/([^/]+)(?:\/trang\/\d{1,5})?$/, 'categories'],
  [/^\/tac-gia\/([^/]+)(?:\/trang\/\d{1,5})?$/, 'authors'],
  [/^\/loat-bai\/([^/]+)$/, 'series'],
  [/^\/bieu-hien\/([^/]+)$/, 'indicators'],
  [/^\/tien-do\/nam\/([^/]+)$/, 'progress-years'],
  [/^\/dinh-chinh\/trang\/([^/]+)$/, 'corrections-pages'],
]

/** Whether a path segment can be a slug at all: pages look up nothing else (`src/data`). */
export const isSlug = (slug: string): boolean => /^[a-z0-9-]{1,200}$/.test(slug)

function keyOf(collection: NamedCollection, raw: string): string {
  if (collection === 'progress-years' || collection === 'corrections-pages') return raw
  if (collection === 'indicators') return indicatorCodeOf(raw) ?? ''
  return isSlug(raw) ? raw : ''
}

/** The document a public address names, or null for addresses the pages decide alone. */
export function namedPage(pathname: string): NamedPage | null {
  for (const [pattern, collection] of ROUTES) {
    const match = pattern.exec(pathname)
    if (!match) continue
    let raw: string
    try {
      raw = decodeURIComponent(match[1])
    } catch {
      return null
    }
    return { collection, key: keyOf(collection, raw) }
  }
  return null
}

/**
 * The address a request names, with the query that chooses what it shows as a path
 * (`/tien-do?nam=2022` is the page `/tien-do/nam/2022` after next.config.mjs's rewrites, which
 * the middleware runs before).
 */
export function rewrittenPath(pathname: string, search: URLSearchParams): string {
  const year = search.get('nam')
  if (pathname === '/tien-do' && year !== null) return `/tien-do/nam/${encodeURIComponent(year)}`
  // /dinh-chinh reads its page number itself; the middleware checks it as if it were a path.
  const page = search.get('trang')
  if (pathname === '/dinh-chinh' && page !== null) return `/dinh-chinh/trang/${encodeURIComponent(page)}`
  return pathname
}

/** Where the middleware sends an address that names nothing: a path no route matches. */
export const NO_ROUTE = '/_khong-tim-thay'
/** The route that answers whether a named page exists (204) or not (404). */
export const EXISTS_ROUTE = '/ton-tai'
