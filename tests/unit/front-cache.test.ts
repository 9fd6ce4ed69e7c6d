import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import CacheHandler from '@/cache/handler.mjs'
import { frontCache, withoutClientRuntime } from '@/cache/frontCache.mjs'
import { cacheStore, GRACE_MS } from '@/cache/store.mjs'

/**
 * The front cache of server.mjs before a stand-in for Next.js that answers like Next.js does
 * for a cached page: it reads its cache entry (so the handler notes the entry's tags) and
 * sends the page with `x-nextjs-cache`. Every request that reaches it is counted.
 */
const STORE = Symbol.for('soi-sua.cache.store')
const FRONT = Symbol.for('soi-sua.cache.front')
const HTML = `<!DOCTYPE html><html lang="vi"><body>${'<p>Đề án 05 ở Krông Nô.</p>'.repeat(200)}</body></html>`

type Answer = { status?: number; headers?: Record<string, string> }
let server: http.Server
let base: string
let reachedNext: number
let answer: Answer

async function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

beforeEach(async () => {
  vi.useFakeTimers({ now: 5_000_000, toFake: ['Date'] })
  reachedNext = 0
  answer = {}
  const render = (key: string) =>
    new CacheHandler().set(
      key,
      {
        kind: 'APP_PAGE',
        html: HTML,
        headers: { 'x-next-cache-tags': key === '/tien-do' ? 'progress' : 'articles,media' },
      },
      {},
    )
  await render('/bai')
  await render('/tien-do')
  vi.setSystemTime(5_000_000 + GRACE_MS + 1)
  const front = frontCache()
  const next = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    reachedNext++
    // From Next.js's cache, or rendered and stored again when stale.
    const key = req.url === '/tien-do' ? '/tien-do' : '/bai'
    if (!(await new CacheHandler().get(key))) await render(key)
    res.statusCode = answer.status ?? 200
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.setHeader('etag', '"v1"')
    res.setHeader('cache-control', 'public, max-age=0, must-revalidate')
    for (const [k, v] of Object.entries(answer.headers ?? { 'x-nextjs-cache': 'HIT' })) res.setHeader(k, v)
    res.write(HTML.slice(0, 100))
    res.end(HTML.slice(100))
  }
  server = http.createServer((req, res) => front.handle(req, res, next))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve))
  delete (globalThis as Record<symbol, unknown>)[STORE]
  delete (globalThis as Record<symbol, unknown>)[FRONT]
  vi.useRealTimers()
})

describe('front cache', () => {
  it('answers a page Next.js served from its cache without asking Next.js again, byte for byte', async () => {
    const first = await get('/bai')
    expect(first.headers['x-front-cache']).toBe('MISS')
    const second = await get('/bai')
    expect(reachedNext).toBe(1)
    expect(second.headers['x-front-cache']).toBe('HIT')
    expect(second.body.toString('utf8')).toBe(HTML)
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(Number(second.headers['content-length'])).toBe(Buffer.byteLength(HTML))
  })

  it('drops a page when one of its tags is revalidated, and keeps it again only after the grace time', async () => {
    await get('/bai')
    await get('/tien-do')
    await cacheStore().revalidate(['progress'])
    expect((await get('/bai')).headers['x-front-cache']).toBe('HIT')
    expect((await get('/tien-do')).headers['x-front-cache']).not.toBe('HIT')

    await cacheStore().revalidate(['media'])
    expect((await get('/bai')).headers['x-front-cache']).not.toBe('HIT')
    vi.setSystemTime(Date.now() + GRACE_MS - 500)
    await get('/bai')
    expect((await get('/bai')).headers['x-front-cache']).not.toBe('HIT')
    vi.setSystemTime(Date.now() + 1000)
    await get('/bai')
    expect((await get('/bai')).headers['x-front-cache']).toBe('HIT')
  })

  it('keeps nothing that is not a public page from Next.js’s cache', async () => {
    for (const a of [
      { headers: {} },
      { headers: { 'x-nextjs-cache': 'STALE' } },
      { headers: { 'x-nextjs-cache': 'HIT', 'set-cookie': 'a=b' } },
      { headers: { 'x-nextjs-cache': 'HIT', 'cache-control': 'private, no-cache' } },
      { status: 404 },
    ] as Answer[]) {
      answer = a
      await get('/bai')
      await get('/bai')
    }
    expect(reachedNext).toBe(10)
  })

  it('is neither asked nor filled by staff, previews, client navigations or other methods', async () => {
    const personal: Array<Record<string, string>> = [
      { cookie: 'payload-token=abc' },
      { cookie: 'lang=vi; __prerender_bypass=x' },
      { authorization: 'JWT abc' },
      { rsc: '1' },
      { 'next-router-prefetch': '1' },
    ]
    for (const headers of personal) await get('/bai', headers)
    expect(reachedNext).toBe(personal.length)
    await get('/bai')
    for (const headers of personal) expect((await get('/bai', headers)).headers['x-front-cache']).toBeUndefined()
    expect(await get('/bai', { cookie: 'lang=vi' })).toMatchObject({ headers: { 'x-front-cache': 'HIT' } })
    const notPages = [
      '/admin',
      '/api/articles',
      '/_next/static/x.js',
      '/xem-truoc?slug=a',
      '/favicon.ico',
      '/logo.png?v=2',
    ]
    for (const path of notPages) await get(path)
    await get('/admin')
    await get('/favicon.ico')
    expect(reachedNext).toBe(personal.length * 2 + 1 + notPages.length + 2)
  })

  it('sends brotli or gzip as asked, 304 to a known ETag', async () => {
    await get('/bai')
    const br = await get('/bai', { 'accept-encoding': 'gzip, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(zlib.brotliDecompressSync(br.body).toString('utf8')).toBe(HTML)
    const gzip = await get('/bai', { 'accept-encoding': 'br;q=0, gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gzip.body).toString('utf8')).toBe(HTML)
    expect((await get('/bai', { 'accept-encoding': 'identity' })).headers['content-encoding']).toBeUndefined()
    const notModified = await get('/bai', { 'if-none-match': '"v0", "v1"' })
    expect(notModified.status).toBe(304)
    expect(notModified.body.length).toBe(0)
    expect(reachedNext).toBe(1)
  })

  it('takes Next.js’s client runtime out of a page, and nothing else', () => {
    const page = [
      '<!DOCTYPE html><html lang="vi"><head>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>',
      '<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>',
      '<script src="/_next/static/chunks/main-app-1.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Đề án 05"}</script>',
      '</head><body><p>Krông Nô</p><a href="/tin-tuc/a">Bài</a>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<script>self.__next_f.push([1,"1:\\u003cp\\u003e"])</script>',
      '</body></html>',
    ].join('')
    const out = withoutClientRuntime(Buffer.from(page)).toString('utf8')
    expect(out).toBe(
      [
        '<!DOCTYPE html><html lang="vi"><head>',
        '<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>',
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Đề án 05"}</script>',
        '</head><body><p>Krông Nô</p><a href="/tin-tuc/a">Bài</a>',
        '</body></html>',
      ].join(''),
    )
  })

  it('still compresses, and answers 304 to, what it does not keep, as Next.js would have', async () => {
    answer = { headers: { 'transfer-encoding': 'chunked' } } // a page rendered per request, as Next.js streams it
    const gzip = await get('/tim-kiem?q=krong-no', { 'accept-encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gzip.headers['x-front-cache']).toBeUndefined()
    expect(zlib.gunzipSync(gzip.body).toString('utf8')).toBe(HTML)
    expect((await get('/tim-kiem?q=krong-no')).body.toString('utf8')).toBe(HTML)
    const notModified = await get('/tim-kiem?q=krong-no', { 'if-none-match': '"v1"' })
    expect(notModified.status).toBe(304)
    expect(notModified.body.length).toBe(0)
  })
})
