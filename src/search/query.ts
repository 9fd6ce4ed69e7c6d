import type { Payload, TypedUser, Where } from 'payload'
import { snippet, highlight, type Segment } from './highlight'
import { rankEntries, SEARCH_KINDS, type SearchKind } from './rank'
import { queryWords, wordPatterns } from './tokens'

export const SEARCH_COLLECTION = 'search-entries'

/** How many of the newest matches are ranked; beyond that the reader is asked to narrow. */
export const CANDIDATE_LIMIT = 400
/** Title matches are fetched separately so that an old but exact title is never lost. */
const TITLE_CANDIDATE_LIMIT = 100
export const PER_PAGE = 10

export type SearchParams = { q: string; kind?: SearchKind | null; page?: number; perPage?: number; user?: TypedUser | null }

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
  total: number // all matches of the chosen kind (or of every kind)
  ranked: number // how many of them were ranked and can be paged through
  page: number
  totalPages: number
  hits: SearchHit[]
}

type Candidate = { id: string; kind: SearchKind; titleWords: string; code: string | null; date: string | null }

const CANDIDATE_SELECT = { kind: true, titleWords: true, code: true, date: true } as const

/**
 * One search over the public index. Every call reads with the caller's access
 * (overrideAccess: false), so the index's own read rule applies on top of the fact that
 * only public, published things are ever indexed.
 */
export async function runSearch(payload: Payload, params: SearchParams): Promise<SearchResult> {
  const words = queryWords(params.q)
  const kind = params.kind && SEARCH_KINDS.includes(params.kind) ? params.kind : null
  const perPage = params.perPage ?? PER_PAGE
  const counts = { article: 0, document: 0, indicator: 0 } as Record<SearchKind, number>
  const empty: SearchResult = { query: params.q, words, kind, counts, total: 0, ranked: 0, page: 1, totalPages: 0, hits: [] }
  if (words.length === 0) return empty

  const patterns = wordPatterns(words)
  const inWords: Where = { and: patterns.map((p) => ({ words: { contains: p } })) }
  const inTitle: Where = { and: patterns.map((p) => ({ titleWords: { contains: p } })) }
  const ofKind = (where: Where, k: SearchKind | null): Where => (k ? { and: [where, { kind: { equals: k } }] } : where)
  const access = { overrideAccess: false, user: params.user ?? undefined, depth: 0 } as const

  async function candidates(where: Where, limit: number): Promise<Candidate[]> {
    const res = await payload.find({
      collection: SEARCH_COLLECTION as never,
      where,
      sort: '-date',
      limit,
      pagination: false,
      select: CANDIDATE_SELECT as never,
      ...access,
    })
    return (res.docs as unknown as Candidate[]).map((d) => ({ ...d, id: String(d.id) }))
  }

  let pool = await candidates(inWords, CANDIDATE_LIMIT)
  const saturated = pool.length === CANDIDATE_LIMIT
  if (saturated) {
    for (const k of SEARCH_KINDS) {
      const { totalDocs } = await payload.count({ collection: SEARCH_COLLECTION as never, where: ofKind(inWords, k), ...access })
      counts[k] = totalDocs
    }
    if (kind) pool = await candidates(ofKind(inWords, kind), CANDIDATE_LIMIT)
    const seen = new Set(pool.map((c) => c.id))
    for (const c of await candidates(ofKind(inTitle, kind), TITLE_CANDIDATE_LIMIT)) if (!seen.has(c.id)) pool.push(c)
  } else {
    for (const c of pool) counts[c.kind] += 1
  }
  if (kind) pool = pool.filter((c) => c.kind === kind)

  const total = kind ? counts[kind] : SEARCH_KINDS.reduce((n, k) => n + counts[k], 0)
  const ranked = rankEntries(pool, words)
  const totalPages = Math.max(1, Math.ceil(ranked.length / perPage))
  const page = Math.min(Math.max(1, Math.floor(params.page ?? 1)), totalPages)
  const pageIds = ranked.slice((page - 1) * perPage, page * perPage).map((c) => c.id)
  if (pageIds.length === 0) return { ...empty, counts, total, totalPages: 0 }

  const full = await payload.find({
    collection: SEARCH_COLLECTION as never,
    where: { id: { in: pageIds } },
    limit: pageIds.length,
    pagination: false,
    select: { kind: true, title: true, url: true, meta: true, text: true, date: true } as never,
    ...access,
  })
  const byId = new Map((full.docs as unknown as Array<Record<string, unknown>>).map((d) => [String(d.id), d]))
  const hits: SearchHit[] = []
  for (const id of pageIds) {
    const d = byId.get(id)
    if (!d) continue
    hits.push({
      id,
      kind: d.kind as SearchKind,
      url: String(d.url),
      title: highlight(String(d.title ?? ''), words),
      meta: highlight(String(d.meta ?? ''), words),
      excerpt: snippet(String(d.text ?? ''), words),
      date: (d.date as string) ?? null,
    })
  }
  return { query: params.q, words, kind, counts, total, ranked: ranked.length, page, totalPages, hits }
}
