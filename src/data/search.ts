import { runSearch, type SearchResult } from '@/search/query'
import type { SearchKind } from '@/search/rank'
import { SEARCH_TAG } from '@/cache/tags'
import { sharedCache } from './cached'
import { payloadClient } from './payload'

/** Vietnamese names of the kinds in the address: /tim-kiem?q=…&loai=van-ban. */
export const KIND_PARAMS: Record<SearchKind, string> = { article: 'bai-viet', document: 'van-ban', indicator: 'bieu-hien' }

export function kindFromParam(value: string | undefined): SearchKind | null {
  const found = Object.entries(KIND_PARAMS).find(([, v]) => v === value)
  return found ? (found[0] as SearchKind) : null
}

/**
 * Site search as the public sees it. The index holds only published public content and
 * is read with access control on (runSearch passes overrideAccess: false), so no viewer is
 * passed: staff get the same results as everyone.
 */
export async function searchSite(q: string, kind: SearchKind | null, page: number): Promise<SearchResult> {
  const params = { q: q.slice(0, 200), kind, page }
  const empty: SearchResult = { query: params.q, words: [], kind, counts: { article: 0, document: 0, indicator: 0 }, total: 0, page: 1, totalPages: 0, hits: [] }
  // Results for a query are kept until the index changes (its entries or its state row).
  return sharedCache({ slug: SEARCH_TAG, depth: 0, key: ['search', JSON.stringify(params)], empty }, async () => runSearch(await payloadClient(), params))
}
