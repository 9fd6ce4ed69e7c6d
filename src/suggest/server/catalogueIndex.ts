import type { PayloadRequest } from 'payload'
import { relationId } from '@/fields/relationships'
import { buildSuggestionIndex, type SuggestionIndex } from '../rank'

/**
 * The matcher's index of the whole catalogue, built once per process and rebuilt when the
 * catalogue changes on any server: each use reads the newest `updatedAt` and the count (two
 * indexed reads), so an edit, an import or a delete made elsewhere is seen on the next request.
 */
let cached: { key: string; index: SuggestionIndex } | null = null

export async function catalogueSuggestionIndex(req: PayloadRequest): Promise<SuggestionIndex> {
  const newest = await req.payload.find({
    collection: 'indicators',
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    select: { updatedAt: true },
    overrideAccess: true,
    req,
  })
  const key = `${newest.totalDocs}:${newest.docs[0]?.updatedAt ?? ''}`
  if (cached?.key === key) return cached.index
  const all = await req.payload.find({
    collection: 'indicators',
    pagination: false,
    depth: 0,
    select: { code: true, title: true, explanation: true, examples: true, remedies: true, parent: true },
    overrideAccess: true,
    req,
  })
  const index = buildSuggestionIndex(
    all.docs.map((d) => ({
      id: String(d.id),
      code: String(d.code ?? ''),
      title: String(d.title ?? ''),
      explanation: d.explanation,
      examples: d.examples,
      remedies: d.remedies,
      parent: relationId(d.parent) ?? null,
    })),
  )
  cached = { key, index }
  return index
}
