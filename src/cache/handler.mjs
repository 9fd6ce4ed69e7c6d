// Next.js's documented `cacheHandler` interface (next.config.mjs) over ./store.mjs: pages,
// route handlers and `unstable_cache` data, each with the tags it was rendered with.
import { cacheStore, noteTags } from './store.mjs'

const TAGS_HEADER = 'x-next-cache-tags'

function tagsOf(data, ctx) {
  if (data?.kind === 'FETCH') return [...(ctx?.tags ?? []), ...(data.tags ?? [])]
  const header = data?.headers?.[TAGS_HEADER]
  return typeof header === 'string' && header ? header.split(',') : []
}

/**
 * When each key was asked for and not found (or found stale): Next.js then renders it and
 * stores the result, so that is when the render began, and what it read from the database is
 * at least that old. An entry is stored with that time, not the time it was stored, so a
 * render that began before a change committed and ended long after (a busy server) is not
 * taken for fresh by the GRACE_MS rule of ./store.mjs. Misses of one key queue up and each
 * store takes the oldest (renders of one key end roughly in the order they began); misses
 * older than a minute are forgotten. The process's one map, like the store.
 */
const MISSED = Symbol.for('soi-sua.cache.missed')
const MISSED_KEYS = 10_000
const PER_KEY = 16
const FORGET_MS = 60_000
function missed() {
  globalThis[MISSED] ??= new Map()
  return globalThis[MISSED]
}
function renderBegan(key, now) {
  const since = missed()
  const times = (since.get(key) ?? []).filter((t) => now - t < FORGET_MS)
  const began = times.shift()
  if (times.length) since.set(key, times)
  else since.delete(key)
  return began === undefined ? now : Math.min(began, now)
}

export default class CacheHandler {
  // A handler is made for every request; the store is the process's one.
  constructor() {
    this.store = cacheStore()
  }

  async get(key) {
    const asked = Date.now()
    const entry = await this.store.get(key)
    if (entry) noteTags(entry.tags)
    else {
      const since = missed()
      const times = since.get(key)
      if (times) {
        if (times.length < PER_KEY) times.push(asked)
      } else {
        if (since.size >= MISSED_KEYS) since.clear()
        since.set(key, [asked])
      }
    }
    return entry ? { value: entry.value, lastModified: entry.lastModified } : null
  }

  async set(key, data, ctx) {
    if (!data) return
    const tags = [...new Set(tagsOf(data, ctx))]
    noteTags(tags)
    await this.store.set(key, { value: data, lastModified: renderBegan(key, Date.now()), tags })
  }

  async revalidateTag(tags) {
    await this.store.revalidate([tags].flat().filter(Boolean))
  }

  resetRequestCache() {}
}
