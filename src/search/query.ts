import type { Payload, TypedUser } from 'payload'
import { highlight, snippet, type Segment } from './highlight'
import { dropFromLiveIndex, liveIndex, SEARCH_COLLECTION } from './liveIndex'
import { SEARCH_KINDS, type SearchKind } from './rank'
import { queryWords } from './tokens'

export { SEARCH_COLLECTION } from './liveIndex'
export const PER_PAGE = 10

export type SearchParams = {
  q: string
  kind?: SearchKind | null
  page?: number
  perPage?: number
  user?: TypedUser | null
}

export type SearchHit = {
  id: string
  kind: SearchKind
  url: string
  title: Segment[]
  meta: Segment[]
  excerpt: Segment[]
  date: string | null
}

export type SearchResult = {
  query: string
  words: string[]
  kind: SearchKind | null
  counts: Record<SearchKind, number>
  total: number // matches of the chosen kind (or of every kind)
  page: number
  totalPages: number
  hits: SearchHit[]
}

/**
 * One search over the public index: match and rank in the in-memory mirror, then read the
 * page's rows from the database with access control on, so what is shown is exactly what
 * the public may read at this moment.
 */
export async function runSearch(payload: Payload, params: SearchParams): Promise<SearchResult> {
  const words = queryWords(params.q)
  const kind = params.kind && SEARCH_KINDS.includes(params.kind) ? params.kind : null
  const perPage = params.perPage ?? PER_PAGE
  const counts = { article: 0, document: 0, indicator: 0 } as Record<SearchKind, number>
  const result: SearchResult = { query: params.q, words, kind, counts, total: 0, page: 1, totalPages: 0, hits: [] }
  if (words.length === 0) return result

  const index = await liveIndex({ payload })
  const ranked = index.search(words)
  for (const m of ranked) counts[m.kind] += 1
  const pool = kind ? ranked.filter((m) => m.kind === kind) : ranked
  result.total = pool.length
  if (pool.length === 0) return result

  result.totalPages = Math.ceil(pool.length / perPage)
  result.page = Math.min(Math.max(1, Math.floor(params.page ?? 1)), result.totalPages)
  const pageIds = pool.slice((result.page - 1) * perPage, result.page * perPage).map((e) => e.id)

  const rows = await payload.find({
    collection: SEARCH_COLLECTION,
    where: { id: { in: pageIds } },
    sort: 'id', // lets the database fetch the rows by key instead of walking a date index
    limit: pageIds.length,
    pagination: false,
    depth: 0,
    select: { kind: true, title: true, url: true, meta: true, text: true, date: true },
    overrideAccess: false,
    user: params.user ?? undefined,
  })
  const byId = new Map(rows.docs.map((d) => [String(d.id), d]))
  const gone = pageIds.filter((id) => !byId.has(id))
  if (gone.length) dropFromLiveIndex(gone)
  for (const id of pageIds) {
    const d = byId.get(id)
    if (!d) continue
    result.hits.push({
      id,
      kind: d.kind as SearchKind,
      url: String(d.url),
      title: highlight(String(d.title ?? ''), words),
      meta: highlight(String(d.meta ?? ''), words),
      excerpt: snippet(String(d.text ?? ''), words),
      date: (d.date as string) ?? null,
    })
  }
  return result
}
