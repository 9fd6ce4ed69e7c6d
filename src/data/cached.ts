import { unstable_cache } from 'next/cache'
import { tagsForRead } from '@/cache/tags'

/** `next build` prerenders pages without a database: the server renders them on first request. */
export const atBuild = () => process.env.NEXT_PHASE === 'phase-production-build'

type SharedRead<T> = {
  /** collection or global read, for its tags (what populating at this depth brings along) */
  slug: string
  depth: number
  key: string[]
  /** what a page shows while `next build` prerenders it; never stored */
  empty: T
  /** more tags, for reads that are not one collection's */
  tags?: string[]
}

/**
 * A read that everyone gets alike, answered from the shared cache (Next.js's data cache,
 * in Redis when REDIS_URL is set) until one of its tags is revalidated. Only reads made as
 * the public may come here.
 */
export async function sharedCache<T>(read: SharedRead<T>, load: () => Promise<T>): Promise<T> {
  if (atBuild()) return read.empty
  const tags = [...tagsForRead(read.slug, read.depth), ...(read.tags ?? [])]
  const cached = unstable_cache(load, read.key, { tags })
  try {
    return await cached()
  } catch (err) {
    // Outside Next.js's request handling (a script, a job) there is no cache to use.
    if (err instanceof Error && err.message.startsWith('Invariant: incrementalCache missing')) return load()
    throw err
  }
}
