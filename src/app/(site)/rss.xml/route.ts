import { noteKindLabel, publicNotes } from '@/articles/notes'
import { populatedList, type ArticleDoc, type AuthorDoc } from '@/components/types'
import { readMany } from '@/data'
import { rssFeed } from '@/feeds/xml'
import { siteUrl, SITE_DESCRIPTION, SITE_NAME } from '@/site'
import { PUBLISHED } from '@/access'
import { formatDateTime } from '@/vietnamese'

/** The item's text: its corrections and updates first, newest first, then the lead. */
function describe(a: ArticleDoc): string | null {
  const notes = publicNotes(a.notes).map((n) => `${noteKindLabel(n.kind)} (${formatDateTime(n.at)}): ${n.text}`)
  return [...notes, a.lead ?? ''].filter(Boolean).join('\n') || null
}

// Rendered once and kept in the shared cache until what it lists changes (tags of its reads).
export const dynamic = 'force-static'

export async function GET() {
  const { docs } = await readMany('articles', { where: PUBLISHED, sort: '-publishedAt', limit: 50, depth: 1 })
  const base = siteUrl()
  const xml = rssFeed({
    title: SITE_NAME,
    url: base,
    description: SITE_DESCRIPTION,
    items: docs.map((a) => ({
      title: a.title,
      url: `${base}/tin-tuc/${a.slug}`,
      description: describe(a),
      publishedAt: a.publishedAt,
      updatedAt: publicNotes(a.notes)[0]?.at ?? null,
      authors: populatedList<AuthorDoc>(a.authors).map((x) => x.name),
    })),
  })
  return new Response(xml, {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  })
}
