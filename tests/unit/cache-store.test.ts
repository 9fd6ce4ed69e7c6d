import { afterEach, describe, expect, it, vi } from 'vitest'
import CacheHandler from '@/cache/handler.mjs'
import { GRACE_MS } from '@/cache/store.mjs'

const KEY = Symbol.for('soi-sua.cache.store')
const page = (html: string, tags: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(html),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
})

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[KEY]
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('soi-sua.cache.missed')]
  vi.useRealTimers()
})

describe('cache handler (in-process store)', () => {
  it('serves a page until one of its tags is revalidated', async () => {
    vi.useFakeTimers({ now: 1_000_000 })
    const handler = new CacheHandler()
    await handler.set('/index', page('<p>một</p>', 'articles,homepage'), {})
    vi.setSystemTime(1_000_000 + GRACE_MS + 1)
    expect((await handler.get('/index'))?.value.html).toBe('<p>một</p>')
    await handler.revalidateTag('comments')
    expect(await handler.get('/index')).not.toBeNull()
    await handler.revalidateTag(['articles'])
    expect(await handler.get('/index')).toBeNull()
  })

  it('does not trust an entry stored right after a revalidation (a render may have read the old data)', async () => {
    vi.useFakeTimers({ now: 2_000_000 })
    const handler = new CacheHandler()
    await handler.revalidateTag('articles')
    vi.setSystemTime(2_000_000 + GRACE_MS - 500)
    // Each miss is followed by its render's store, as Next.js does.
    expect(await handler.get('/index')).toBeNull()
    await handler.set('/index', page('<p>cũ?</p>', 'articles'), {})
    expect(await handler.get('/index')).toBeNull()
    await handler.set('/index', page('<p>cũ?</p>', 'articles'), {})
    vi.setSystemTime(2_000_000 + GRACE_MS + 1)
    expect(await handler.get('/index')).toBeNull()
    await handler.set('/index', page('<p>mới</p>', 'articles'), {})
    expect((await handler.get('/index'))?.value.html).toBe('<p>mới</p>')
  })

  it('dates an entry from the miss that started its render, so a long render across a change is not trusted', async () => {
    vi.useFakeTimers({ now: 4_000_000 })
    const handler = new CacheHandler()
    expect(await handler.get('/tin-tuc/a')).toBeNull() // the render begins, reading the old article
    vi.setSystemTime(4_000_000 + 1_000)
    await handler.revalidateTag('articles') // the article changes meanwhile
    vi.setSystemTime(4_000_000 + 1_000 + GRACE_MS + 5_000) // the render ends long after
    await handler.set('/tin-tuc/a', page('<p>cũ</p>', 'articles'), {})
    expect(await handler.get('/tin-tuc/a')).toBeNull()
    // The next render begins after the change and is trusted.
    await handler.set('/tin-tuc/a', page('<p>mới</p>', 'articles'), {})
    expect((await handler.get('/tin-tuc/a'))?.value.html).toBe('<p>mới</p>')
  })

  it('tags data entries with the tags they were cached with', async () => {
    vi.useFakeTimers({ now: 3_000_000 })
    const handler = new CacheHandler()
    await handler.set(
      'k',
      { kind: 'FETCH', data: { body: '[]' }, revalidate: false },
      { fetchCache: true, tags: ['progress'] },
    )
    vi.setSystemTime(3_000_000 + GRACE_MS + 1)
    expect(await handler.get('k')).not.toBeNull()
    await handler.revalidateTag('progress')
    expect(await handler.get('k')).toBeNull()
  })

  it('keeps its memory bounded, dropping the least recently used pages', async () => {
    const handler = new CacheHandler()
    const big = 'x'.repeat(4 * 1024 * 1024)
    for (let i = 0; i < 40; i++) await handler.set(`/p${i}`, page(big, 'articles'), {})
    const kept = await Promise.all(Array.from({ length: 40 }, (_, i) => handler.get(`/p${i}`)))
    expect(kept.filter(Boolean).length).toBeLessThan(20)
    expect(kept[39]).not.toBeNull()
    expect(kept[0]).toBeNull()
  })
})
