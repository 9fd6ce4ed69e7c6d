import { siteUrl } from '@/site'

export const dynamic = 'force-dynamic'

export function GET() {
  const body = `User-agent: *
Allow: /
Disallow: /admin
Disallow: /api/
Disallow: /xem-truoc
Disallow: /tim-kiem

Sitemap: ${siteUrl()}/sitemap.xml
`
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
