import { readMany } from '@/data'
import { sitemap, type SitemapEntry } from '@/feeds/xml'
import { siteUrl } from '@/site'
import { PUBLISHED } from '@/access'

// Rendered once and kept in the shared cache until what it lists changes (tags of its reads).
export const dynamic = 'force-static'

type Row = { slug?: string | null; code?: string | null; updatedAt?: string | null }
type Listed = 'articles' | 'categories' | 'series' | 'authors' | 'guidance-documents' | 'indicators'

/**
 * Public, published pages only: reads go through src/data as the public, so access rules
 * leave out drafts, internal documents and everything restricted.
 */
async function all(collection: Listed, where = {}, key: 'slug' | 'code' = 'slug') {
  const rows: Row[] = []
  for (let page = 1; page <= 100; page++) {
    const res = await readMany(collection, {
      where,
      limit: 500,
      page,
      depth: 0,
      select: { [key]: true, updatedAt: true },
    })
    rows.push(...res.docs)
    if (!res.hasNextPage) break
  }
  return rows.filter((r) => r[key])
}

export async function GET() {
  const base = siteUrl()
  const entries: SitemapEntry[] = [
    { url: `${base}/` },
    { url: `${base}/tien-do` },
    { url: `${base}/du-lieu-mo` },
    { url: `${base}/dinh-chinh` },
  ]
  for (const a of await all('articles', PUBLISHED))
    entries.push({ url: `${base}/tin-tuc/${a.slug}`, lastModified: a.updatedAt })
  for (const c of await all('categories'))
    entries.push({ url: `${base}/chuyen-muc/${c.slug}`, lastModified: c.updatedAt })
  for (const s of await all('series')) entries.push({ url: `${base}/loat-bai/${s.slug}`, lastModified: s.updatedAt })
  for (const a of await all('authors')) entries.push({ url: `${base}/tac-gia/${a.slug}`, lastModified: a.updatedAt })
  entries.push({ url: `${base}/van-ban` }, { url: `${base}/bieu-hien` })
  for (const d of await all('guidance-documents', PUBLISHED))
    entries.push({ url: `${base}/van-ban/${d.slug}`, lastModified: d.updatedAt })
  for (const i of await all('indicators', {}, 'code'))
    entries.push({
      url: `${base}/bieu-hien/${encodeURIComponent(String(i.code).toLowerCase())}`,
      lastModified: i.updatedAt,
    })
  return new Response(sitemap(entries), {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' },
  })
}
