import { describe, expect, it } from 'vitest'
import { localPayload } from '../helpers/payload'
import { siteSearch } from '../helpers/search'

/**
 * Several servers share one database and each keeps the search index in memory: a change
 * made through another server must show up in this one's /tim-kiem at the next search.
 * The other server here is a second Payload in the test process on the server's database.
 * Results are also cached per query, and without Redis that cache is each server's own
 * (tests/int/two-instances.test.ts covers the shared one): so each search below asks
 * something this server was not asked before, and what answers it is the index.
 */
describe('search across servers', () => {
  it('finds an article published through another server, and forgets it once deleted there', async () => {
    const word = `haimaychu${Date.now().toString(36)}`
    // This server has its index in memory before the other one writes.
    expect((await siteSearch(word)).links).toEqual([])

    const other = await localPayload()
    const article = await other.create({
      collection: 'articles',
      data: {
        title: `Bài đăng từ máy chủ khác ${word}`,
        lead: 'Kiểm thử chỉ mục tìm kiếm dùng chung.',
        _status: 'published',
      },
    })
    try {
      // Case and the kind filter make new questions of the same word.
      expect((await siteSearch(word.toUpperCase())).links).toEqual([`/tin-tuc/${article.slug}`])
    } finally {
      await other.delete({ collection: 'articles', id: article.id })
    }
    expect((await siteSearch(word, '&loai=bai-viet')).links).toEqual([])
  })
})
