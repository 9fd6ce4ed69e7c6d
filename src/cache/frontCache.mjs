// The page cache in front of Next.js (server.mjs): public pages that Next.js itself served
// from its cache, kept as finished responses (bytes, headers, gzip and brotli copies) and
// sent straight from the HTTP server, without Next.js's request handling (routing, the page
// runtime, the middleware), which costs a cached page about 1.5 ms of CPU per request.
//
// What it keeps is only ever a copy of what Next.js's cache (./store.mjs) answered to an
// anonymous request: a response Next.js marked `x-nextjs-cache: HIT` or `MISS` (a page or
// route it renders once for everybody), status 200, no cookie set, not private. A request
// from staff (a login cookie, an Authorization header), a preview (draft-mode cookies), a
// client-side navigation (RSC headers) or anything but GET/HEAD never reaches it.
//
// Each kept response carries the tags of the Next.js cache entries that made it (noted by
// ./handler.mjs while the request runs); a response whose tags are unknown is not kept. When
// a tag is revalidated — here, or on another instance, announced over Redis pub/sub — the
// responses with that tag go, and none with it is kept for GRACE_MS, the window in which
// Next.js's cache distrusts its own entries (a render may have read the database just before
// the change committed). With REDIS_URL set, nothing is served from here while that
// subscription is down: a missed notice would leave a stale page.
import { AsyncLocalStorage } from 'node:async_hooks'
import zlib from 'node:zlib'
import { FRONT_KEY as KEY, GRACE_MS, REVALIDATED_CHANNEL } from './store.mjs'

/** Paths that are never pages for everybody: the admin, the API, Next's assets, previews, files. */
const NEVER = /^\/(?:admin|api|_next|xem-truoc|ton-tai|_khong-tim-thay)(?:[/?]|$)/
/** Cookies that make a page personal: a login, Next.js's draft mode. */
const PERSONAL_COOKIE = /(?:^|;\s*)(?:payload-token|__prerender_bypass|__next_preview_data)=/
/** Request headers that change what Next.js answers (client navigations, actions, credentials). */
const VARYING_HEADERS = [
  'authorization',
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
  'x-prerender-revalidate',
]
/** Response headers not replayed: per connection, per response, or re-made here. */
const NOT_REPLAYED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'date',
  'x-nextjs-cache',
])

function eligible(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const url = req.url
  if (!url || url.length > 512 || url.charCodeAt(0) !== 47 /* / */ || NEVER.test(url) || url.includes('_rsc='))
    return false
  const headers = req.headers
  if (headers.cookie && PERSONAL_COOKIE.test(headers.cookie)) return false
  for (const name of VARYING_HEADERS) if (headers[name] !== undefined) return false
  return true
}

/** br, gzip or nothing, as the request accepts (q=0 refuses). */
function encodingFor(accept) {
  if (!accept) return null
  const offered = new Map()
  for (const part of accept.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    offered.set(name, q ? Number(q.slice(2)) : 1)
  }
  const ok = (name) => (offered.get(name) ?? (offered.has('*') ? offered.get('*') : 0)) > 0
  if (ok('br')) return 'br'
  if (ok('gzip')) return 'gzip'
  return null
}

function etagMatches(header, etag) {
  if (!header || !etag) return false
  if (header.trim() === '*') return true
  const bare = (t) => t.trim().replace(/^W\//, '')
  return header.split(',').some((t) => bare(t) === bare(etag))
}

class FrontCache {
  constructor(limitBytes) {
    this.limit = limitBytes
    this.entries = new Map()
    this.bytes = 0
    /** tag → when it was last revalidated (ms) */
    this.tagTimes = new Map()
    /** The tags noted for the request being handled (see noteTags). */
    this.requestTags = new AsyncLocalStorage()
    this.online = true
    this.stats = { served: 0, stored: 0, invalidated: 0 }
  }

  get enabled() {
    return this.limit > 0
  }

  /** Responses with any of these tags go (all of them without tags); none is kept for GRACE_MS. */
  invalidate(tags) {
    this.stats.invalidated++
    if (!tags) {
      this.entries.clear()
      this.bytes = 0
      this.trustAfter = Date.now() + GRACE_MS
      return
    }
    const now = Date.now()
    for (const tag of tags) this.tagTimes.set(tag, now)
    for (const [url, entry] of this.entries) if (entry.tags.some((t) => tags.includes(t))) this.drop(url, entry)
  }

  /** Called by ./handler.mjs for every cache entry Next.js reads or writes in a request. */
  noteTags(tags) {
    const noted = this.requestTags.getStore()
    if (noted && tags) for (const tag of tags) noted.add(tag)
  }

  /** Listens for other instances' revalidations; until subscribed, serves nothing. */
  listen(redisUrl) {
    this.online = false
    return import('ioredis').then(({ default: Redis }) => {
      const sub = new Redis(redisUrl, { maxRetriesPerRequest: null, enableOfflineQueue: true })
      let warned = false
      sub.on('error', (err) => {
        if (!warned) console.error('[front-cache] Redis:', err.message)
        warned = true
      })
      sub.on('close', () => {
        this.online = false
        this.invalidate()
      })
      sub.on('ready', () => {
        sub.subscribe(REVALIDATED_CHANNEL).then(
          () => {
            warned = false
            // Notices sent while unsubscribed are lost: nothing kept before is trusted.
            this.invalidate()
            this.online = true
          },
          (err) => console.error('[front-cache] Redis subscribe:', err.message),
        )
      })
      sub.on('message', (channel, message) => {
        if (channel !== REVALIDATED_CHANNEL) return
        let tags
        try {
          tags = JSON.parse(message)
        } catch {
          // Unreadable: everything goes.
        }
        this.invalidate(Array.isArray(tags) ? tags.map(String) : undefined)
      })
      this.subscriber = sub
    })
  }

  /**
   * Answers the request from the cache when it can. Otherwise passes it to `next(req, res)`,
   * watching the response to keep it when the request is one whose answer may be kept.
   */
  handle(req, res, next) {
    if (!this.enabled || !this.online || !eligible(req)) return next(req, res)
    const entry = this.entries.get(req.url)
    if (entry) return this.send(entry, req, res)
    if (req.method !== 'GET' || Date.now() < this.trustAfter) return next(req, res)
    const tags = new Set()
    this.watch(req, res, tags)
    return this.requestTags.run(tags, () => next(req, res))
  }

  send(entry, req, res) {
    this.stats.served++
    // Most recently used last (Map keeps insertion order); evictions take the first.
    this.entries.delete(req.url)
    this.entries.set(req.url, entry)
    if (etagMatches(req.headers['if-none-match'], entry.etag)) {
      res.writeHead(304, entry.notModifiedHeaders)
      res.end()
      return
    }
    const encoding = encodingFor(req.headers['accept-encoding'])
    const body = encoding ? this.encoded(entry, encoding) : entry.body
    const headers = { ...entry.headers, 'content-length': body.length }
    if (encoding) headers['content-encoding'] = encoding
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  /** The compressed copy, made once per entry on first demand. */
  encoded(entry, encoding) {
    if (!entry[encoding]) {
      const copy =
        encoding === 'br'
          ? zlib.brotliCompressSync(entry.body, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
              },
            })
          : zlib.gzipSync(entry.body, { level: 9 })
      entry[encoding] = copy
      this.bytes += copy.length
      this.evict()
    }
    return entry[encoding]
  }

  /**
   * Collects Next.js's response to this request and keeps it if it qualifies. The request is
   * passed on without Accept-Encoding, so the bytes kept are the page itself; this one reader
   * gets them uncompressed, the next ones get the cached copy in their encoding.
   */
  watch(req, res, tags) {
    const started = Date.now()
    const url = req.url
    delete req.headers['accept-encoding']
    const chunks = []
    let size = 0
    let tooBig = false
    let headHeaders
    const maxEntry = Math.max(1, Math.floor(this.limit / 8))
    const collect = (chunk, encoding) => {
      if (tooBig || chunk == null || typeof chunk === 'function') return
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      size += buffer.length
      if (size > maxEntry) {
        tooBig = true
        chunks.length = 0
      } else chunks.push(Buffer.from(buffer))
    }
    const { write, end, writeHead } = res
    res.writeHead = function (status, reason, headers) {
      const given = typeof reason === 'object' ? reason : headers
      if (given && !Array.isArray(given)) headHeaders = given
      else if (given) tooBig = true // raw header arrays: not worth reading, not kept
      return writeHead.apply(this, arguments)
    }
    res.write = function (chunk, encoding) {
      collect(chunk, encoding)
      return write.apply(this, arguments)
    }
    res.end = (chunk, encoding, ...rest) => {
      collect(chunk, encoding)
      const result = end.call(res, chunk, encoding, ...rest)
      if (!tooBig) this.keep(url, started, tags, res, headHeaders, chunks)
      return result
    }
  }

  keep(url, started, tagSet, res, headHeaders, chunks) {
    if (res.statusCode !== 200 || !this.online || started < this.trustAfter || !tagSet.size) return
    const tags = [...tagSet]
    // A tag revalidated since (or just before) the request began: the page may be older than that.
    if (tags.some((t) => (this.tagTimes.get(t) ?? -Infinity) + GRACE_MS >= started)) return
    const raw = { ...res.getHeaders(), ...(headHeaders ?? {}) }
    const lower = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), v]))
    const cacheState = lower['x-nextjs-cache']
    if (cacheState !== 'HIT' && cacheState !== 'MISS') return
    if (lower['set-cookie'] !== undefined || lower['content-encoding'] !== undefined) return
    if (/private|no-store/i.test(String(lower['cache-control'] ?? ''))) return
    const body = Buffer.concat(chunks)
    const headers = {}
    for (const [name, value] of Object.entries(lower)) {
      if (value !== undefined && !NOT_REPLAYED.has(name)) headers[name] = value
    }
    headers['x-nextjs-cache'] = 'HIT'
    headers['x-front-cache'] = 'HIT'
    const vary = String(headers.vary ?? '')
    if (!/accept-encoding/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding'
    const etag = typeof lower.etag === 'string' ? lower.etag : undefined
    const notModifiedHeaders = {}
    for (const name of ['etag', 'cache-control', 'vary', 'x-nextjs-cache', 'x-front-cache']) {
      if (headers[name] !== undefined) notModifiedHeaders[name] = headers[name]
    }
    const entry = { body, headers, etag, notModifiedHeaders, tags, br: null, gzip: null, size: body.length + 1024 }
    const old = this.entries.get(url)
    if (old) this.drop(url, old)
    this.entries.set(url, entry)
    this.bytes += entry.size
    this.stats.stored++
    this.evict()
  }

  drop(url, entry) {
    this.entries.delete(url)
    this.bytes -= entry.size + (entry.br?.length ?? 0) + (entry.gzip?.length ?? 0)
  }

  evict() {
    for (const [url, entry] of this.entries) {
      if (this.bytes <= this.limit) break
      this.drop(url, entry)
    }
  }
}

/** This process's front cache (FRONT_CACHE_MB, default 32; 0 turns it off). */
export function frontCache() {
  const g = globalThis
  if (!g[KEY]) {
    const mb = process.env.FRONT_CACHE_MB === undefined ? 32 : Number(process.env.FRONT_CACHE_MB)
    g[KEY] = new FrontCache(Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : 0)
  }
  return g[KEY]
}
