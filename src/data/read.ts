import type { CollectionSlug, DataFromCollectionSlug, DataFromGlobalSlug, GlobalSlug, PaginatedDocs, TypedUser, Where } from 'payload'
import { payloadClient } from './payload'

/**
 * Every read for the public site goes through here. Access control always applies:
 * the public reads as nobody, a preview reads as the logged-in user.
 */
export type ReadOptions = {
  where?: Where
  sort?: string
  limit?: number
  page?: number
  depth?: number
  draft?: boolean
  user?: TypedUser | null
  select?: Record<string, true>
}

/** A page of a collection's documents, typed from payload-types.ts by the collection's slug. */
export async function readMany<S extends CollectionSlug>(collection: S, opts: ReadOptions = {}): Promise<PaginatedDocs<DataFromCollectionSlug<S>>> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: collection as CollectionSlug,
    where: opts.where,
    sort: opts.sort,
    limit: opts.limit ?? 10,
    page: opts.page ?? 1,
    depth: opts.depth ?? 1,
    draft: opts.draft ?? false,
    user: opts.user ?? undefined,
    select: opts.select,
    overrideAccess: false,
  })
  // Payload's own generics over a union of every slug are too complex for TypeScript; S names one.
  return result as unknown as PaginatedDocs<DataFromCollectionSlug<S>>
}

export async function readOne<S extends CollectionSlug>(
  collection: S,
  where: Where,
  opts: Omit<ReadOptions, 'where' | 'limit' | 'page'> = {},
): Promise<DataFromCollectionSlug<S> | null> {
  const { docs } = await readMany(collection, { ...opts, where, limit: 1 })
  return docs[0] ?? null
}

export async function countWhere(collection: CollectionSlug, where: Where): Promise<number> {
  const payload = await payloadClient()
  const { totalDocs } = await payload.count({ collection, where, overrideAccess: false })
  return totalDocs
}

export async function readGlobal<S extends GlobalSlug>(slug: S, depth = 1, user?: TypedUser | null): Promise<DataFromGlobalSlug<S>> {
  const payload = await payloadClient()
  return payload.findGlobal({ slug, depth, overrideAccess: false, user: user ?? undefined }) as Promise<DataFromGlobalSlug<S>>
}
