// The shared cache behind Next.js's page and data cache (see ./handler.mjs), kept in plain
// JavaScript because Next.js loads the handler itself, outside the app's bundle.
//
// One store per process, kept on globalThis: Next.js's handler and the app's own code (the
// revalidation hooks, which may run outside a request, in a scheduled job) reach the same
// one. With REDIS_URL the entries and the tags' revalidation times live in Redis, shared by
// every instance; without it, in this process's memory, bounded in bytes (least recently
// used entries go first). Nothing expires by time: an entry is stale once one of its tags
// was revalidated after (or shortly before) its render began.

const KEY = Symbol.for('soi-sua.cache.store')
const PREFIX = process.env.REDIS_PREFIX || 'soisua:'
/** Where server.mjs keeps its front cache (./frontCache.mjs), told of every revalidated tag. */
export const FRONT_KEY = Symbol.for('soi-sua.cache.front')
/** Redis channel on which every revalidation is announced to the other instances' front caches. */
export const REVALIDATED_CHANNEL = `${PREFIX}revalidated`

function invalidateFront(tags) {
  globalThis[FRONT_KEY]?.invalidate(tags)
}

/** Tells the front cache which tags the response being made depends on (./handler.mjs). */
export function noteTags(tags) {
  globalThis[FRONT_KEY]?.noteTags(tags)
}

/**
 * An entry whose render began (./handler.mjs dates it so) less than this long after one of
 * its tags was revalidated, or before, is not trusted: the render may have read the database
 * just before the change committed. Such entries are rendered again on the next request.
 */
export const GRACE_MS = 3000

const MEMORY_BYTES = Math.max(1, Number(process.env.CACHE_MEMORY_MB) || 64) * 1024 * 1024

/** Rough size of a cached value: its strings and buffers. */
function sizeOf(value, depth = 0) {
  if (value == null || depth > 4) return 0
  if (typeof value === 'string') return value.length
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return value.byteLength
  if (value instanceof Map) {
    let n = 0
    for (const v of value.values()) n += sizeOf(v, depth + 1)
    return n
  }
  if (typeof value === 'object') {
    let n = 0
    for (const v of Object.values(value)) n += sizeOf(v, depth + 1)
    return n
  }
  return 8
}

function staleBy(tagTimes, lastModified) {
  return tagTimes.some((t) => typeof t === 'number' && t + GRACE_MS >= lastModified)
}

class MemoryStore {
  kind = 'memory'
  entries = new Map()
  tagTimes = new Map()
  bytes = 0

  async get(key) {
    const entry = this.entries.get(key)
    if (!entry) return null
    // Map order is insertion order: re-inserting marks the entry as the most recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    if (
      staleBy(
        entry.tags.map((t) => this.tagTimes.get(t)),
        entry.lastModified,
      )
    )
      return null
    return entry
  }

  async set(key, entry) {
    this.delete(key)
    const size = sizeOf(entry.value) + 200
    if (size > MEMORY_BYTES / 4) return
    this.entries.set(key, { ...entry, size })
    this.bytes += size
    for (const [k, e] of this.entries) {
      if (this.bytes <= MEMORY_BYTES) break
      this.delete(k, e)
    }
  }

  delete(key, entry = this.entries.get(key)) {
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.size
  }

  async revalidate(tags) {
    const now = Date.now()
    for (const tag of tags) this.tagTimes.set(tag, now)
    invalidateFront(tags)
  }
}

// Buffers and Maps (page RSC payloads, segment data) survive the trip through JSON.
function replacer(key, value) {
  const raw = this[key]
  if (Buffer.isBuffer(raw) || raw instanceof Uint8Array) return { $b: Buffer.from(raw).toString('base64') }
  if (raw instanceof Map) return { $m: [...raw.entries()] }
  return value
}
function reviver(_key, value) {
  if (value && typeof value === 'object') {
    if (typeof value.$b === 'string') return Buffer.from(value.$b, 'base64')
    if (Array.isArray(value.$m)) return new Map(value.$m)
  }
  return value
}

class RedisStore {
  kind = 'redis'
  constructor(url) {
    this.ready = import('ioredis').then(({ default: Redis }) => {
      const client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true })
      client.on('error', (err) => {
        if (!this.warned) console.error('[cache] Redis:', err.message)
        this.warned = true
      })
      client.on('ready', () => (this.warned = false))
      return client
    })
  }

  async get(key) {
    try {
      const client = await this.ready
      const raw = await client.getBuffer(PREFIX + 'e:' + key)
      if (!raw) return null
      const entry = JSON.parse(raw.toString('utf8'), reviver)
      if (entry.tags.length) {
        const times = await client.hmget(PREFIX + 'tags', ...entry.tags)
        if (
          staleBy(
            times.map((t) => (t == null ? undefined : Number(t))),
            entry.lastModified,
          )
        )
          return null
      }
      return entry
    } catch (err) {
      console.error('[cache] Redis get:', err.message)
      return null
    }
  }

  async set(key, entry) {
    try {
      const client = await this.ready
      await client.set(PREFIX + 'e:' + key, JSON.stringify(entry, replacer))
    } catch (err) {
      console.error('[cache] Redis set:', err.message)
    }
  }

  async revalidate(tags) {
    if (!tags.length) return
    invalidateFront(tags)
    const client = await this.ready
    const now = Date.now()
    await client.hset(PREFIX + 'tags', Object.fromEntries(tags.map((t) => [t, String(now)])))
    await client.publish(REVALIDATED_CHANNEL, JSON.stringify(tags))
  }
}

/** Nothing is cached while `next build` prerenders: the build's database is not the server's. */
class NoStore {
  kind = 'none'
  async get() {
    return null
  }
  async set() {}
  async revalidate() {}
}

export function cacheStore() {
  const g = globalThis
  if (!g[KEY]) {
    g[KEY] =
      process.env.NEXT_PHASE === 'phase-production-build'
        ? new NoStore()
        : process.env.REDIS_URL
          ? new RedisStore(process.env.REDIS_URL)
          : new MemoryStore()
  }
  return g[KEY]
}
