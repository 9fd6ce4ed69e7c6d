import type { Payload, PayloadRequest } from 'payload'
import { documentTypeLabel } from '@/documents/taxonomy'
import { articleEntry, documentEntry, indicatorEntry, type SearchEntryData } from './entries'
import type { SearchKind } from './rank'
import { SEARCH_COLLECTION } from './query'

/**
 * Keeps the search index in step with the content. Each function re-reads the source as it
 * stands in the database (inside the caller's transaction, through `req`), so a draft
 * saved over a published article leaves the published text indexed, and anything no
 * longer public — unpublished, internal, deleted — loses its entry.
 */
type Ctx = { payload: Payload; req?: PayloadRequest }

const COMPARED: Array<keyof SearchEntryData> = ['title', 'url', 'meta', 'text', 'titleWords', 'words', 'code', 'date']

async function findEntry({ payload, req }: Ctx, kind: SearchKind, refId: string) {
  const { docs } = await payload.find({
    collection: SEARCH_COLLECTION,
    where: { and: [{ kind: { equals: kind } }, { refId: { equals: refId } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

export const SEARCH_STATE = 'search-index-state'

/** Tells every server's in-memory mirror that the index changed (and whether entries went). */
async function markChanged(ctx: Ctx, removed: number): Promise<void> {
  const state = (await ctx.payload.findGlobal({
    slug: SEARCH_STATE,
    depth: 0,
    overrideAccess: true,
    req: ctx.req,
  })) as { removals?: number | null }
  await ctx.payload.updateGlobal({
    slug: SEARCH_STATE,
    data: { changedAt: new Date().toISOString(), removals: (state.removals ?? 0) + removed },
    overrideAccess: true,
    req: ctx.req,
    depth: 0,
  })
}

export async function upsertEntry(ctx: Ctx, entry: SearchEntryData): Promise<void> {
  const existing = await findEntry(ctx, entry.kind, entry.refId)
  if (existing) {
    const same = COMPARED.every(
      (k) => (existing[k] ?? null) === (entry[k] ?? null) || (k === 'date' && sameInstant(existing.date, entry.date)),
    )
    if (same) return
    await ctx.payload.update({
      collection: SEARCH_COLLECTION,
      id: existing.id,
      data: entry,
      overrideAccess: true,
      req: ctx.req,
      depth: 0,
    })
  } else {
    await ctx.payload.create({
      collection: SEARCH_COLLECTION,
      data: entry,
      overrideAccess: true,
      req: ctx.req,
      depth: 0,
    })
  }
  await markChanged(ctx, 0)
}

const sameInstant = (a: string | null | undefined, b: string | null | undefined) =>
  a && b ? Date.parse(a) === Date.parse(b) : a === b

export async function removeEntry(ctx: Ctx, kind: SearchKind, refId: string): Promise<void> {
  const { docs } = await ctx.payload.delete({
    collection: SEARCH_COLLECTION,
    where: { and: [{ kind: { equals: kind } }, { refId: { equals: refId } }] },
    overrideAccess: true,
    req: ctx.req,
  })
  if (docs.length) await markChanged(ctx, docs.length)
}

async function readLive(ctx: Ctx, collection: 'articles' | 'guidance-documents' | 'indicators', id: string) {
  const { docs } = await ctx.payload.find({
    collection,
    where: { id: { equals: id } },
    draft: false,
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req: ctx.req,
  })
  // The index entries are built by pure functions over plain records (src/search/entries.ts).
  return docs[0] as unknown as Record<string, unknown> | undefined
}

export async function syncArticle(ctx: Ctx, id: string | number): Promise<void> {
  const doc = await readLive(ctx, 'articles', String(id))
  if (doc && doc._status === 'published') await upsertEntry(ctx, articleEntry(doc))
  else await removeEntry(ctx, 'article', String(id))
}

export async function syncDocument(ctx: Ctx, id: string | number): Promise<void> {
  const doc = await readLive(ctx, 'guidance-documents', String(id))
  if (doc && doc._status === 'published' && doc.visibility === 'public')
    await upsertEntry(ctx, documentEntry(doc, documentTypeLabel(doc.type)))
  else await removeEntry(ctx, 'document', String(id))
}

export async function syncIndicator(ctx: Ctx, id: string | number): Promise<void> {
  const doc = await readLive(ctx, 'indicators', String(id))
  if (!doc) return removeEntry(ctx, 'indicator', String(id))
  const group = doc.group as { name?: string } | string | null
  await upsertEntry(ctx, indicatorEntry(doc, typeof group === 'object' && group ? String(group.name ?? '') : ''))
}

/** Rebuilds the whole index from the content; used by the seed and after bulk changes. */
export async function rebuildSearchIndex(payload: Payload): Promise<number> {
  const { docs: dropped } = await payload.delete({
    collection: SEARCH_COLLECTION,
    where: { id: { exists: true } },
    overrideAccess: true,
  })
  if (dropped.length) await markChanged({ payload }, dropped.length)
  const ctx = { payload }
  let n = 0
  for (const [collection, sync] of [
    ['articles', syncArticle],
    ['guidance-documents', syncDocument],
    ['indicators', syncIndicator],
  ] as const) {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      pagination: false,
      select: { createdAt: true },
      overrideAccess: true,
    })
    for (const d of docs) {
      await sync(ctx, String(d.id))
      n++
    }
  }
  return n
}

/** Fills an empty index (a database seeded before search existed); a no-op otherwise. */
export async function ensureSearchIndex(payload: Payload): Promise<number> {
  const { totalDocs } = await payload.count({ collection: SEARCH_COLLECTION, overrideAccess: true })
  return totalDocs > 0 ? 0 : rebuildSearchIndex(payload)
}
