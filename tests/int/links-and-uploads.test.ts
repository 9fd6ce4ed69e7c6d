import { describe, expect, it } from 'vitest'
import { graphql, rest } from '../helpers/http'
import { linkState } from '../helpers/lexical'

const body = (url: string) => linkState([url])

const messages = (json: { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }) =>
  (json?.errors ?? []).flatMap((e) => [e.message, ...(e.data?.errors ?? []).map((d) => d.message)]).join(' | ')

describe('links in rich text', () => {
  it('refuses javascript:, data: and vbscript: addresses on save, through REST and GraphQL', async () => {
    for (const url of [
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ]) {
      const res = await rest('POST', '/api/articles?draft=true', {
        as: 'editor',
        body: { title: `Liên kết xấu ${Date.now()}`, body: body(url) },
      })
      expect(res.status, url).toBe(400)
      expect(messages(res.json), url).toContain('không được phép')
      const gql = await graphql(
        'mutation ($body: JSON) { createArticle(data: { title: "Liên kết xấu GraphQL", body: $body }, draft: true) { id } }',
        { body: body(url) },
        { as: 'editor' },
      )
      expect(gql.json.data?.createArticle ?? null, url).toBeNull()
      expect(JSON.stringify(gql.json.errors), url).toContain('không được phép')
    }
    const count = await rest('GET', '/api/articles/count?where[title][like]=Liên kết xấu&draft=true', { as: 'editor' })
    expect(count.json.totalDocs).toBe(0)
  })

  it('keeps http, https, mailto, tel and relative links', async () => {
    for (const url of ['https://soisua.vn/tin-tuc', 'mailto:toasoan@soisua.vn', 'tel:+842613', '/van-ban']) {
      const res = await rest('POST', '/api/articles?draft=true', {
        as: 'editor',
        body: { title: `Liên kết tốt ${Date.now()}`, body: body(url) },
      })
      expect(res.status, `${url} ${res.text.slice(0, 200)}`).toBe(201)
      await rest('DELETE', `/api/articles/${res.json.doc.id}`, { as: 'editor' })
    }
  })
})

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

describe('upload file names', () => {
  it('are stored NFC, without bidi or control characters, with the extension of the content', async () => {
    const sent = `Ảnh hội nghị ${Date.now()}\u202Egnp.exe`.normalize('NFD')
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Ảnh thử tên tệp' }))
    form.append('file', new Blob([PNG], { type: 'image/png' }), sent)
    const res = await rest('POST', '/api/media', { as: 'editor', body: form })
    expect(res.status, res.text.slice(0, 300)).toBe(201)
    const filename: string = res.json.doc.filename
    expect(filename).toBe(filename.normalize('NFC'))
    expect(filename).toMatch(/^Ảnh hội nghị \d+gnp\.png$/)
    expect(filename).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    expect([...filename].some((c) => c.charCodeAt(0) < 32)).toBe(false)
    // Not yet shown by a published article, so the newsroom reads it.
    const file = await rest('GET', `/api/media/file/${encodeURIComponent(filename)}`, { as: 'editor' })
    expect(file.status).toBe(200)
    await rest('DELETE', `/api/media/${res.json.doc.id}`, { as: 'editor' })
  })
})
