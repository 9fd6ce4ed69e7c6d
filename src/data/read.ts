import type {
  CollectionSlug,
  DataFromCollectionSlug,
  DataFromGlobalSlug,
  GlobalSlug,
  PaginatedDocs,
  TypedUser,
  Where,
} from 'payload'
import { sharedCache } from './cached'
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

type Page<S extends CollectionSlug> = PaginatedDocs<DataFromCollectionSlug<S>>

/**
 * A page of a collection's documents, typed from payload-types.ts by the collection's slug.
 * Reads as the public (no user, no draft) are answered from the shared cache, tagged with
 * what they show; anything read with a user's rights or as a draft goes to Payload.
 */
export async function readMany<S extends CollectionSlug>(collection: S, opts: ReadOptions = {}): Promise<Page<S>> {
  const anonymous = !opts.user && !opts.draft
  if (!anonymous) return findMany(collection, opts)
  return sharedCache(
    { slug: collection, depth: opts.depth ?? 1, key: ['find', collection, JSON.stringify(opts)], empty: emptyPage<S>() },
    () => findMany(collection, opts),
  )
}

const emptyPage = <S extends CollectionSlug>(): Page<S> =>
  ({
    docs: [],
    totalDocs: 0,
    totalPages: 0,
    page: 1,
    limit: 0,
    pagingCounter: 0,
    hasNextPage: false,
    hasPrevPage: false,
    prevPage: null,
    nextPage: null,
  }) as Page<S>

async function findMany<S extends CollectionSlug>(collection: S, opts: ReadOptions): Promise<Page<S>> {
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
  return result as unknown as Page<S>
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
  return sharedCache({ slug: collection, depth: 0, key: ['count', collection, JSON.stringify(where)], empty: 0 }, async () => {
    const payload = await payloadClient()
    const { totalDocs } = await payload.count({ collection, where, overrideAccess: false })
    return totalDocs
  })
}

export async function readGlobal<S extends GlobalSlug>(
  slug: S,
  depth = 1,
  user?: TypedUser | null,
): Promise<DataFromGlobalSlug<S>> {
  const read = async () => {
    const payload = await payloadClient()
    return (await payload.findGlobal({ slug, depth, overrideAccess: false, user: user ?? undefined })) as DataFromGlobalSlug<S>
  }
  if (user) return read()
  return sharedCache({ slug, depth, key: ['global', slug, String(depth)], empty: {} as DataFromGlobalSlug<S> }, read)
}
