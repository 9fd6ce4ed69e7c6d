import { describe, expect, it } from 'vitest'
import { url } from '../helpers/env'
import { rest } from '../helpers/http'
import { REFERENCE_SLUG } from '../fixtures/reference'

/** The article page's NewsArticle JSON-LD: every ld+json script of the page, and the first one parsed. */
async function jsonLdOf(path: string) {
  const res = await fetch(url(path))
  const html = await res.text()
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1])
  return { status: res.status, html, scripts, data: scripts[0] ? JSON.parse(scripts[0]) : undefined }
}

describe('NewsArticle JSON-LD', () => {
  it('describes the reference article with absolute URLs for its page, image, authors and publisher', async () => {
    const { status, data, html } = await jsonLdOf(`/tin-tuc/${REFERENCE_SLUG}`)
    expect(status).toBe(200)
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/tin-tuc/${REFERENCE_SLUG}$`))
    expect(data['@type']).toBe('NewsArticle')
    expect(data.mainEntityOfPage).toBe(canonical)
    expect(data.inLanguage).toBe('vi')
    expect(data.image[0]).toMatch(/^https?:\/\/[^/]+\/.+1200x630\.jpg$/)
    expect(data.author[0]).toEqual({
      '@type': 'Person',
      name: 'Hoàng Hoài',
      url: expect.stringMatching(/^https?:\/\/[^/]+\/tac-gia\/hoang-hoai$/),
    })
    expect(data.publisher).toMatchObject({
      '@type': 'Organization',
      name: expect.any(String),
      url: expect.stringMatching(/^https?:\/\//),
    })
  })

  it('keeps a title that contains </script> inside the JSON, exactly as written', async () => {
    const title = `Tiêu đề </script><script>alert("x")</script> ${Date.now()}`
    const created = await rest('POST', '/api/articles', {
      as: 'editor',
      body: { title, slug: `json-ld-${Date.now()}`, lead: 'Bài kiểm thử JSON-LD.', _status: 'published' },
    })
    expect(created.status, created.text).toBe(201)
    try {
      const { status, scripts, data, html } = await jsonLdOf(`/tin-tuc/${created.json.doc.slug}`)
      expect(status).toBe(200)
      expect(scripts).toHaveLength(1)
      expect(data.headline).toBe(title)
      expect(html).not.toContain('<script>alert("x")</script>')
    } finally {
      await rest('DELETE', `/api/articles/${created.json.doc.id}`, { as: 'editor' })
    }
  })
})
