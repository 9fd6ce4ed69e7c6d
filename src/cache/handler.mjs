// Next.js's documented `cacheHandler` interface (next.config.mjs) over ./store.mjs: pages,
// route handlers and `unstable_cache` data, each with the tags it was rendered with.
import { cacheStore, noteTags } from './store.mjs'

const TAGS_HEADER = 'x-next-cache-tags'

function tagsOf(data, ctx) {
  if (data?.kind === 'FETCH') return [...(ctx?.tags ?? []), ...(data.tags ?? [])]
  const header = data?.headers?.[TAGS_HEADER]
  return typeof header === 'string' && header ? header.split(',') : []
}

export default class CacheHandler {
  // A handler is made for every request; the store is the process's one.
  constructor() {
    this.store = cacheStore()
  }

  async get(key) {
    const entry = await this.store.get(key)
    if (entry) noteTags(entry.tags)
    return entry ? { value: entry.value, lastModified: entry.lastModified } : null
  }

  async set(key, data, ctx) {
    if (!data) return
    const tags = [...new Set(tagsOf(data, ctx))]
    noteTags(tags)
    await this.store.set(key, { value: data, lastModified: Date.now(), tags })
  }

  async revalidateTag(tags) {
    await this.store.revalidate([tags].flat().filter(Boolean))
  }

  resetRequestCache() {}
}
