import { describe, expect, it } from 'vitest'
import { rest } from '../helpers/http'
import { siteSearch as search } from '../helpers/search'
import { DRAFT_SLUG, DRAFT_TITLE, REFERENCE_SLUG } from '../fixtures/reference'

const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

describe('site search', () => {
  it('finds the reference article first from "krong no de an 05", typed without diacritics', async () => {
    const { status, links, html } = await search('krong no de an 05')
    expect(status).toBe(200)
    expect(links[0]).toBe(`/tin-tuc/${REFERENCE_SLUG}`)
    expect(html).toContain('<mark>Krông</mark> <mark>Nô</mark>')
    expect(html).toContain('<mark>Ðề</mark> <mark>án</mark> <mark>05</mark>')
  })

  it('ignores case and diacritics both ways, and both D-with-stroke letters', async () => {
    const plain = await search('de an 05')
    expect(plain.links.length).toBeGreaterThan(0)
    for (const q of ['Đề Án 05', 'ĐỀ ÁN 05', 'Ðề án 05', 'ðề ÁN 05']) {
      const other = await search(q)
      expect(other.links, q).toEqual(plain.links)
      expect(other.counts, q).toEqual(plain.counts)
    }
  })

  it('counts results per kind and filters by kind', async () => {
    const all = await search('bieu hien')
    expect(all.counts['Tất cả']).toBe(all.counts['Bài viết'] + all.counts['Văn bản'] + all.counts['Biểu hiện'])
    expect(all.counts['Biểu hiện']).toBeGreaterThan(0)
    const onlyIndicators = await search('bieu hien', '&loai=bieu-hien')
    expect(onlyIndicators.links.length).toBeGreaterThan(0)
    expect(onlyIndicators.links.every((l) => l.startsWith('/bieu-hien/'))).toBe(true)
    const code = await search('TT-01')
    expect(code.links[0]).toBe('/bieu-hien/tt-01')
  })

  it('pages through many results', async () => {
    const first = await search('de')
    expect(first.counts['Tất cả']).toBeGreaterThan(10)
    expect(first.links).toHaveLength(10)
    expect(first.html).toMatch(/<a [^>]*href="\/tim-kiem\?q=de&amp;trang=2"[^>]*>Trang sau/)
    const second = await search('de', '&trang=2')
    expect(second.links.length).toBeGreaterThan(0)
    expect(second.links.some((l) => first.links.includes(l))).toBe(false)
  })

  it('never shows drafts, and follows publish, unpublish and delete', async () => {
    const word = unique('timkiem')
    const draft = await rest('POST', '/api/articles', {
      as: 'editor',
      body: { title: `Bản nháp tìm kiếm ${word}`, lead: 'Bản nháp tạm cho kiểm thử.', _status: 'draft' },
    })
    expect(draft.status, draft.text).toBe(201)
    const created = await rest('POST', '/api/articles', {
      as: 'editor',
      body: { title: `Bài thử tìm kiếm ${word}`, lead: 'Bài viết tạm cho kiểm thử.', _status: 'published' },
    })
    expect(created.status, created.text).toBe(201)
    const { id, slug } = created.json.doc
    // The same word in a draft and in a published article: only the published one is found.
    expect((await search(word)).links).toEqual([`/tin-tuc/${slug}`])
    expect((await search(DRAFT_TITLE)).links).not.toContain(`/tin-tuc/${DRAFT_SLUG}`)
    await rest('DELETE', `/api/articles/${draft.json.doc.id}`, { as: 'editor' })

    // A draft saved over the published article leaves the published text searchable.
    await rest('PATCH', `/api/articles/${id}?draft=true`, {
      as: 'editor',
      body: { title: `Tiêu đề nháp khác ${word}x` },
    })
    expect((await search(word)).links).toEqual([`/tin-tuc/${slug}`])
    expect((await search(`${word}x`)).links).toEqual([])

    expect((await rest('PATCH', `/api/articles/${id}`, { as: 'editor', body: { _status: 'draft' } })).status).toBe(200)
    expect((await search(word)).links).toEqual([])
    expect(
      (
        await rest('PATCH', `/api/articles/${id}`, {
          as: 'editor',
          body: { _status: 'published', title: `Bài thử tìm kiếm ${word}` },
        })
      ).status,
    ).toBe(200)
    expect((await search(word)).links).toEqual([`/tin-tuc/${slug}`])
    expect((await rest('DELETE', `/api/articles/${id}`, { as: 'editor' })).status).toBe(200)
    expect((await search(word)).links).toEqual([])
  })

  it('keeps the index itself read-only and public-only', async () => {
    const entries = await rest('GET', '/api/search-entries?limit=500&depth=0')
    expect(entries.status).toBe(200)
    expect(entries.json.docs.map((d: { url: string }) => d.url)).toContain(`/tin-tuc/${REFERENCE_SLUG}`)
    expect(entries.json.docs.every((d: { isPublic: boolean }) => d.isPublic === true)).toBe(true)
    expect(entries.json.docs.some((d: { url: string }) => d.url === `/tin-tuc/${DRAFT_SLUG}`)).toBe(false)
    const forged = await rest('POST', '/api/search-entries', {
      as: 'editor',
      body: { kind: 'article', refId: 'x', title: 'Giả mạo', url: '/gia-mao', isPublic: true },
    })
    expect(forged.status).toBe(403)
  })

  it('answers an empty or odd query without an error', async () => {
    expect((await search('')).status).toBe(200)
    expect((await search('%_~*')).status).toBe(200)
    expect((await search('x'.repeat(1000))).status).toBe(200)
  })
})
