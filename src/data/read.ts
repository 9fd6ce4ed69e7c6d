import type { CollectionSlug, GlobalSlug, TypedUser, Where } from 'payload'
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
  select?: Record<string, unknown>
}

type Page<T> = {
  docs: T[]
  totalDocs: number
  totalPages: number
  page?: number
  hasNextPage: boolean
  hasPrevPage: boolean
}

/**
 * Reads as the public (no user, no draft) are answered from the shared cache, tagged with
 * what they show; anything read with a user's rights or as a draft goes to Payload.
 */
export async function readMany<T = Record<string, unknown>>(collection: CollectionSlug, opts: ReadOptions = {}): Promise<Page<T>> {
  const anonymous = !opts.user && !opts.draft
  if (!anonymous) return findMany<T>(collection, opts)
  return sharedCache({ slug: collection, depth: opts.depth ?? 1, key: ['find', collection, JSON.stringify(opts)], empty: emptyPage<T>() }, () =>
    findMany<T>(collection, opts),
  )
}

const emptyPage = <T>(): Page<T> => ({ docs: [], totalDocs: 0, totalPages: 0, page: 1, hasNextPage: false, hasPrevPage: false })

async function findMany<T>(collection: CollectionSlug, opts: ReadOptions): Promise<Page<T>> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection,
    where: opts.where,
    sort: opts.sort,
    limit: opts.limit ?? 10,
    page: opts.page ?? 1,
    depth: opts.depth ?? 1,
    draft: opts.draft ?? false,
    user: opts.user ?? undefined,
    select: opts.select as never,
    overrideAccess: false,
  })
  return result as unknown as Page<T>
}

export async function readOne<T = Record<string, unknown>>(collection: CollectionSlug, where: Where, opts: Omit<ReadOptions, 'where' | 'limit' | 'page'> = {}) {
  const { docs } = await readMany<T>(collection, { ...opts, where, limit: 1 })
  return docs[0] ?? null
}

export async function countWhere(collection: CollectionSlug, where: Where): Promise<number> {
  return sharedCache({ slug: collection, depth: 0, key: ['count', collection, JSON.stringify(where)], empty: 0 }, async () => {
    const payload = await payloadClient()
    const { totalDocs } = await payload.count({ collection, where, overrideAccess: false })
    return totalDocs
  })
}

export async function readGlobal<T = Record<string, unknown>>(slug: GlobalSlug, depth = 1, user?: TypedUser | null): Promise<T> {
  const read = async () => {
    const payload = await payloadClient()
    return (await payload.findGlobal({ slug, depth, overrideAccess: false, user: user ?? undefined })) as unknown as T
  }
  if (user) return read()
  return sharedCache({ slug, depth, key: ['global', slug, String(depth)], empty: {} as T }, read)
}
