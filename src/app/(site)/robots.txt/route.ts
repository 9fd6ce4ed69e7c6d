import { siteUrl } from '@/site'

// The sitemap address is the one this server answers on (SERVER_URL, or PORT in the demo).
export const dynamic = 'force-dynamic'

/**
 * Images, OpenGraph pictures and public attachments are served under /api/…/file/, so /api/
 * stays open except accounts and GraphQL. Disallow lines come before any Allow, and there is no
 * blanket "Allow: /", so parsers that take the first matching line still keep out of /admin.
 */
export function GET() {
  const body = `User-agent: *
Disallow: /admin
Disallow: /xem-truoc
Disallow: /tim-kiem
Disallow: /api/users
Disallow: /api/graphql

Sitemap: ${siteUrl()}/sitemap.xml
`
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
