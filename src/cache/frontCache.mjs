// The page cache in front of Next.js (server.mjs): public pages that Next.js itself served
// from its cache, kept as finished responses (bytes, headers, gzip and brotli copies) and
// sent straight from the HTTP server, without Next.js's request handling (routing, the page
// runtime, the middleware), which costs a cached page about 1.5 ms of CPU per request.
//
// What it keeps is only ever a copy of what Next.js's cache (./store.mjs) answered to an
// anonymous request: a response Next.js marked `x-nextjs-cache: HIT` or `MISS` (a page or
// route it renders once for everybody), status 200, no cookie set, not private. A request
// from staff (a login cookie, an Authorization header), a preview (draft-mode cookies), a
// client-side navigation (RSC headers) or anything but GET/HEAD never reaches it. HTML goes
// out without Next.js's client runtime (see withoutClientRuntime).
//
// Each kept response carries the tags of the Next.js cache entries that made it (noted by
// ./handler.mjs while the request runs); a response whose tags are unknown is not kept. When
// a tag is revalidated — here, or on another instance, announced over Redis pub/sub — the
// responses with that tag go, and none with it is kept for GRACE_MS, the window in which
// Next.js's cache distrusts its own entries (a render may have read the database just before
// the change committed). With REDIS_URL set, nothing is served from here while that
// subscription is down: a missed notice would leave a stale page.
import { AsyncLocalStorage } from 'node:async_hooks'
import crypto from 'node:crypto'
import zlib from 'node:zlib'
import { FRONT_KEY as KEY, GRACE_MS, REVALIDATED_CHANNEL } from './store.mjs'

/** Paths that are never pages for everybody: the admin, the API, Next's assets, previews, files. */
const NEVER = /^\/(?:admin|api|_next|xem-truoc|ton-tai|_khong-tim-thay)(?:[/?]|$)/
/** A path ending in a file extension other than .xml or .txt (the feeds, the sitemap, robots). */
const FILE = /\.(?!(?:xml|txt)$)[a-z0-9]{1,8}$/i
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
  // Files (public/: icons, images) are Next.js's to send; pages have no extension, feeds .xml/.txt.
  const query = url.indexOf('?')
  if (FILE.test(query < 0 ? url : url.slice(0, query))) return false
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
    this.trustAfter = 0
    this.online = true
  }

  get enabled() {
    return this.limit > 0
  }

  /** Responses with any of these tags go (all of them without tags); none is kept for GRACE_MS. */
  invalidate(tags) {
    if (!tags) {
      for (const [url, entry] of this.entries) this.drop(url, entry)
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
    })
  }
  /**
   * Answers the request from the cache when it can. Otherwise passes it to `next(req, res)`;
   * a GET that may be answered from here is watched (see watch), and its answer kept when it
   * qualifies.
   */
  handle(req, res, next) {
    if (!this.enabled || !this.online || !eligible(req)) return next(req, res)
    const entry = this.entries.get(req.url)
    if (entry) {
      // Most recently used last (Map keeps insertion order); evictions take the first.
      this.entries.delete(req.url)
      this.entries.set(req.url, entry)
      return send(entry, req.method, req.headers, res)
    }
    if (req.method !== 'GET') return next(req, res)
    const tags = new Set()
    this.watch(req, res, tags)
    return this.requestTags.run(tags, () => next(req, res))
  }

  /**
   * Holds Next.js's answer to this request until it is complete. A page for everybody
   * (answerFor) is then sent as the cache sends it — public HTML without Next.js's client
   * runtime, compressed as asked, with its ETag — and kept when trusted; anything else goes
   * out as Next.js made it (sendAsMade). Next.js gets the request without Accept-Encoding
   * and If-None-Match, so what it writes is the page itself. An answer over MAX_HELD bytes is
   * passed on as it comes, uncompressed.
   */
  watch(req, res, tags) {
    const started = Date.now()
    const url = req.url
    const asked = { 'accept-encoding': req.headers['accept-encoding'], 'if-none-match': req.headers['if-none-match'] }
    delete req.headers['accept-encoding']
    delete req.headers['if-none-match']
    const chunks = []
    let held = 0
    let passing = false
    const { write, end, writeHead } = res
    const restore = () => {
      res.write = write
      res.end = end
      res.writeHead = writeHead
    }
    const collect = (chunk, encoding) => {
      if (chunk == null || typeof chunk === 'function') return
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      chunks.push(Buffer.from(buffer))
      held += buffer.length
    }
    // Headers stay changeable until the answer is complete: writeHead only records them.
    res.writeHead = function (status, reason, headers) {
      const given = typeof reason === 'string' ? headers : reason
      res.statusCode = status
      if (Array.isArray(given)) {
        for (let i = 0; i + 1 < given.length; i += 2) res.setHeader(given[i], given[i + 1])
      } else if (given) {
        for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value)
      }
      return res
    }
    res.write = function (chunk, encoding, callback) {
      if (passing) return write.apply(res, arguments)
      collect(chunk, encoding)
      if (held > MAX_HELD) {
        passing = true
        restore()
        for (const c of chunks.splice(0)) write.call(res, c)
      }
      const done = typeof encoding === 'function' ? encoding : callback
      if (typeof done === 'function') process.nextTick(done)
      return true
    }
    res.end = (chunk, encoding, callback) => {
      if (passing) return end.call(res, chunk, encoding, callback)
      collect(chunk, encoding)
      restore()
      const body = Buffer.concat(chunks)
      const answer = answerFor(res, body)
      if (!answer) return sendAsMade(res, body, asked, end)
      if (this.trusted(started, tags)) this.keep(url, answer, tags)
      for (const name of res.getHeaderNames()) res.removeHeader(name)
      // This one came from Next.js, as its header says; the kept copy answers the next ones.
      return send(answer, req.method, asked, res, { 'x-nextjs-cache': answer.nextjsCache, 'x-front-cache': 'MISS' })
    }
  }

  /** Whether an answer to a request that began at `started`, made with these tags, may be kept. */
  trusted(started, tags) {
    if (!this.online || started < this.trustAfter || !tags.size) return false
    // A tag revalidated since (or just before) the request began: the page may be older than that.
    for (const tag of tags) if ((this.tagTimes.get(tag) ?? -Infinity) + GRACE_MS >= started) return false
    return true
  }

  keep(url, answer, tags) {
    const old = this.entries.get(url)
    if (old) this.drop(url, old)
    answer.tags = [...tags]
    answer.size = answer.body.length + 1024
    answer.cache = this
    this.entries.set(url, answer)
    this.bytes += answer.size
    this.evict()
  }

  drop(url, entry) {
    this.entries.delete(url)
    entry.cache = null
    this.bytes -= entry.size + (entry.br?.length ?? 0) + (entry.gzip?.length ?? 0)
  }

  evict() {
    for (const [url, entry] of this.entries) {
      if (this.bytes <= this.limit) break
      this.drop(url, entry)
    }
  }
}

/** Largest answer held back to be sent whole (and maybe kept); larger ones are passed on. */
const MAX_HELD = 4 * 1024 * 1024

/**
 * Next.js's answer as the front cache sends it, or null when it is not a page for everybody:
 * status 200 from Next.js's shared cache (`x-nextjs-cache` HIT or MISS: rendered once for
 * all, never with a user's rights), no cookie set, nothing private, not compressed.
 */
function answerFor(res, raw) {
  if (res.statusCode !== 200) return null
  const lower = {}
  for (const name of res.getHeaderNames()) lower[name.toLowerCase()] = res.getHeader(name)
  const cacheState = lower['x-nextjs-cache']
  if (cacheState !== 'HIT' && cacheState !== 'MISS') return null
  if (lower['set-cookie'] !== undefined || lower['content-encoding'] !== undefined) return null
  if (/private|no-store/i.test(String(lower['cache-control'] ?? ''))) return null
  const html = /^text\/html/i.test(String(lower['content-type'] ?? ''))
  const body = html ? withoutClientRuntime(raw) : raw
  const headers = {}
  for (const [name, value] of Object.entries(lower)) {
    if (value !== undefined && !NOT_REPLAYED.has(name)) headers[name] = value
  }
  headers['x-nextjs-cache'] = 'HIT'
  headers['x-front-cache'] = 'HIT'
  const vary = String(headers.vary ?? '')
  if (!/accept-encoding/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding'
  if (body !== raw || typeof headers.etag !== 'string')
    headers.etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`
  const notModifiedHeaders = {}
  for (const name of ['etag', 'cache-control', 'vary', 'x-nextjs-cache', 'x-front-cache']) {
    if (headers[name] !== undefined) notModifiedHeaders[name] = headers[name]
  }
  return {
    body,
    headers,
    etag: headers.etag,
    notModifiedHeaders,
    nextjsCache: cacheState,
    tags: [],
    br: null,
    gzip: null,
    size: 0,
    cache: null,
  }
}

/**
 * The public pages work without JavaScript (links, the search and filter forms, the comment
 * form, which posts to its server action without it). Next.js still sends its client runtime
 * and the page's data a second time for React to take the page over: two thirds of the
 * bytes of the home page, and about a second of a mid-range phone's main thread (Lighthouse
 * mobile: performance 0.73 with it, 0.96 without, on this machine). Pages sent from here go
 * without it: Next.js's scripts and their preloads are removed; structured data
 * (`application/ld+json`) stays.
 */
export function withoutClientRuntime(body) {
  const html = body.toString('utf8')
  const stripped = html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (script, attributes) =>
      /type=["']?application\/ld\+json/i.test(attributes) ? script : '',
    )
    .replace(/<link\b[^>]*\bas=["']?script\b[^>]*>/gi, '')
  return stripped === html ? body : Buffer.from(stripped, 'utf8')
}

/** What is worth compressing: text, JSON, XML, JavaScript, SVG. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|xml|javascript)|image\/svg\+xml)/i

/**
 * Sends an answer that is not kept as Next.js made it, doing what Next.js would have done with
 * the request's Accept-Encoding and If-None-Match (which it did not see): 304 to a matching
 * ETag, and compression of text over a kilobyte.
 */
function sendAsMade(res, body, asked, end) {
  const etag = res.getHeader('etag')
  if (res.statusCode === 200 && typeof etag === 'string' && etagMatches(asked['if-none-match'], etag)) {
    res.statusCode = 304
    for (const name of ['content-length', 'content-type', 'transfer-encoding']) res.removeHeader(name)
    return end.call(res)
  }
  const type = String(res.getHeader('content-type') ?? '')
  const encoding =
    body.length >= 1024 && !res.hasHeader('content-encoding') && COMPRESSIBLE.test(type)
      ? encodingFor(asked['accept-encoding'])
      : null
  if (!encoding) return end.call(res, body)
  const packed =
    encoding === 'br'
      ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })
      : zlib.gzipSync(body, { level: 6 })
  const vary = String(res.getHeader('vary') ?? '')
  if (!/accept-encoding/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
  res.setHeader('content-encoding', encoding)
  res.removeHeader('transfer-encoding')
  res.setHeader('content-length', packed.length)
  return end.call(res, packed)
}

/** Sends a kept (or just made) answer: 304 to a matching If-None-Match, else the body as asked. */
function send(entry, method, requestHeaders, res, overrides) {
  if (etagMatches(requestHeaders['if-none-match'], entry.etag)) {
    res.writeHead(304, overrides ? { ...entry.notModifiedHeaders, ...overrides } : entry.notModifiedHeaders)
    res.end()
    return
  }
  const encoding = encodingFor(requestHeaders['accept-encoding'])
  const body = encoding ? encoded(entry, encoding) : entry.body
  const headers = { ...entry.headers, ...overrides, 'content-length': body.length }
  if (encoding) headers['content-encoding'] = encoding
  res.writeHead(200, headers)
  res.end(method === 'HEAD' ? undefined : body)
}

/** The compressed copy, made once per kept answer on first demand. */
function encoded(entry, encoding) {
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
    if (entry.cache) {
      entry.cache.bytes += copy.length
      entry.cache.evict()
    }
  }
  return entry[encoding]
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
