import type { CollectionSlug, GlobalSlug, TypedUser, Where } from 'payload'
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

export async function readMany<T = Record<string, unknown>>(collection: CollectionSlug, opts: ReadOptions = {}) {
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
  return result as unknown as {
    docs: T[]
    totalDocs: number
    totalPages: number
    page?: number
    hasNextPage: boolean
    hasPrevPage: boolean
  }
}

export async function readOne<T = Record<string, unknown>>(collection: CollectionSlug, where: Where, opts: Omit<ReadOptions, 'where' | 'limit' | 'page'> = {}) {
  const { docs } = await readMany<T>(collection, { ...opts, where, limit: 1 })
  return docs[0] ?? null
}

export async function countWhere(collection: CollectionSlug, where: Where): Promise<number> {
  const payload = await payloadClient()
  const { totalDocs } = await payload.count({ collection, where, overrideAccess: false })
  return totalDocs
}

export async function readGlobal<T = Record<string, unknown>>(slug: GlobalSlug, depth = 1, user?: TypedUser | null) {
  const payload = await payloadClient()
  return (await payload.findGlobal({ slug, depth, overrideAccess: false, user: user ?? undefined })) as unknown as T
}
