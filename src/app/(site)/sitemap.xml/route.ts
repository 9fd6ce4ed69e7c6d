import { readMany } from '@/data'
import { sitemap, type SitemapEntry } from '@/feeds/xml'
import { siteUrl } from '@/site'

export const dynamic = 'force-dynamic'

type Row = { slug?: string | null; updatedAt?: string | null }

/** Public, published pages only: reads go through src/data, so access rules apply. */
async function all(collection: 'articles' | 'categories' | 'series' | 'authors', where = {}) {
  const rows: Row[] = []
  for (let page = 1; page <= 100; page++) {
    const res = await readMany<Row>(collection, { where, limit: 500, page, depth: 0, select: { slug: true, updatedAt: true } })
    rows.push(...res.docs)
    if (!res.hasNextPage) break
  }
  return rows.filter((r) => r.slug)
}

export async function GET() {
  const base = siteUrl()
  const entries: SitemapEntry[] = [{ url: `${base}/` }]
  for (const a of await all('articles', { _status: { equals: 'published' } })) entries.push({ url: `${base}/tin-tuc/${a.slug}`, lastModified: a.updatedAt })
  for (const c of await all('categories')) entries.push({ url: `${base}/chuyen-muc/${c.slug}`, lastModified: c.updatedAt })
  for (const s of await all('series')) entries.push({ url: `${base}/loat-bai/${s.slug}`, lastModified: s.updatedAt })
  for (const a of await all('authors')) entries.push({ url: `${base}/tac-gia/${a.slug}`, lastModified: a.updatedAt })
  return new Response(sitemap(entries), { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' } })
}
