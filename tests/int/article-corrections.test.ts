import { describe, expect, it } from 'vitest'
import { url } from '../helpers/env'
import { rest } from '../helpers/http'

const unique = (p: string) => `${p} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

async function page(path: string): Promise<string> {
  const res = await fetch(url(path))
  expect(res.status, path).toBe(200)
  return (await res.text())
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/<!-- -->/g, '')
}

function jsonLd(html: string): { dateModified?: string; datePublished?: string } {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)
  expect(m, 'JSON-LD').toBeTruthy()
  return JSON.parse(m![1])
}

/** "02/12/2026 10:30" in Vietnam, as the site writes it. */
function vn(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * 3600_000)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
}

async function publishedArticle(title: string) {
  const created = await rest('POST', '/api/articles', {
    as: 'editor',
    body: { title, lead: 'Sapo ban đầu của bài.', _status: 'published' },
  })
  expect(created.status, created.text).toBe(201)
  return created.json.doc as { id: string; slug: string; publishedAt: string }
}

describe('corrections and updates on published articles', () => {
  it('refuses a text change without a note, in Vietnamese, and leaves the article as it was', async () => {
    const title = unique('Bài cần đính chính')
    const a = await publishedArticle(title)
    const refused = await rest('PATCH', `/api/articles/${a.id}`, { as: 'editor', body: { title: `${title} (sửa)` } })
    expect(refused.status).toBe(400)
    expect(refused.json.errors[0].message).toContain('cần thêm một ghi chú “Đính chính” hoặc “Cập nhật”')
    expect((await rest('GET', `/api/articles/${a.id}`)).json.title).toBe(title)

    // Text changed in a draft and then published without a note is refused the same way.
    expect(
      (
        await rest('PATCH', `/api/articles/${a.id}?draft=true`, {
          as: 'editor',
          body: { lead: 'Sapo đã sửa trong bản nháp.', _status: 'draft' },
        })
      ).status,
    ).toBe(200)
    const publish = await rest('PATCH', `/api/articles/${a.id}`, { as: 'editor', body: { _status: 'published' } })
    expect(publish.status).toBe(400)
    expect(await page(`/tin-tuc/${a.slug}`)).toContain('Sapo ban đầu của bài.')

    // Changing nothing a reader reads needs no note.
    expect(
      (
        await rest('PATCH', `/api/articles/${a.id}`, {
          as: 'editor',
          body: { featured: true, lead: 'Sapo ban đầu của bài.' },
        })
      ).status,
    ).toBe(200)
  })

  it('accepts a typo fix marked minor, and shows the mark nowhere', async () => {
    const title = unique('Bài sửa chính tả')
    const a = await publishedArticle(title)
    const saved = await rest('PATCH', `/api/articles/${a.id}`, {
      as: 'editor',
      body: { lead: 'Sapo ban đầu của bài, đã sửa chính tả.', minorChange: true },
    })
    expect(saved.status, saved.text).toBe(200)
    const html = await page(`/tin-tuc/${a.slug}`)
    expect(html).toContain('Sapo ban đầu của bài, đã sửa chính tả.')
    expect(html).not.toContain('article-notes')
    expect(html).not.toMatch(/lỗi nhỏ/i)
    expect(jsonLd(html).dateModified).toBe(a.publishedAt)
    const pub = await rest('GET', `/api/articles/${a.id}`)
    expect(pub.json).not.toHaveProperty('minorChange')
    expect(pub.json).not.toHaveProperty('revisionNote')
    expect(pub.text).not.toMatch(/lỗi nhỏ/i)
    // The flag is for one save only: the next text change asks for a note again.
    expect(
      (await rest('PATCH', `/api/articles/${a.id}`, { as: 'editor', body: { lead: 'Lần sửa khác.' } })).status,
    ).toBe(400)
  })

  it('shows a correction at the top of the article, newest first, in JSON-LD, RSS and /dinh-chinh', async () => {
    const title = unique('Bài có đính chính')
    const a = await publishedArticle(title)
    const correction = unique('Số liệu ở đoạn hai đã được sửa từ 12 thành 15 đơn vị')
    const fixed = await rest('PATCH', `/api/articles/${a.id}`, {
      as: 'editor',
      body: {
        lead: 'Sapo đã đính chính.',
        notes: [{ kind: 'correction', text: correction, at: '2000-01-01T00:00:00.000Z' }],
      },
    })
    expect(fixed.status, fixed.text).toBe(200)
    const first = fixed.json.doc.notes[0]
    // The time is the server's, not the client's.
    expect(Math.abs(Date.parse(first.at) - Date.now())).toBeLessThan(5 * 60_000)

    const update = unique('Bổ sung ý kiến của Ban Tuyên giáo')
    const updated = await rest('PATCH', `/api/articles/${a.id}`, {
      as: 'editor',
      body: {
        title: `${title} (cập nhật)`,
        notes: [
          { ...first, at: '2001-01-01T00:00:00.000Z' },
          { kind: 'update', text: update },
        ],
      },
    })
    expect(updated.status, updated.text).toBe(200)
    const [kept, second] = updated.json.doc.notes
    expect(kept.at).toBe(first.at)

    const html = await page(`/tin-tuc/${a.slug}`)
    const notes = html.slice(
      html.indexOf('class="article-notes"'),
      html.indexOf('</aside>', html.indexOf('class="article-notes"')),
    )
    expect(notes.indexOf(update)).toBeGreaterThan(-1)
    expect(notes.indexOf(update), 'newest first').toBeLessThan(notes.indexOf(correction))
    expect(notes).toContain(`Đính chính</span><time dateTime="${first.at}">${vn(first.at)}</time>`)
    expect(notes).toContain(`Cập nhật</span><time dateTime="${second.at}">${vn(second.at)}</time>`)
    expect(html.indexOf('class="article-notes"'), 'above the lead').toBeLessThan(html.indexOf('class="article__lead"'))
    expect(jsonLd(html).dateModified).toBe(second.at)
    expect(jsonLd(html).datePublished).toBe(a.publishedAt)

    const rss = await (await fetch(url('/rss.xml'))).text()
    const item = rss.split('<item>').find((i) => i.includes(`/tin-tuc/${a.slug}<`))
    expect(item, 'RSS item').toBeTruthy()
    expect(item).toContain(`Đính chính (${vn(first.at)}): ${correction}`)
    expect(item).toContain(`<atom:updated>${second.at}</atom:updated>`)

    const list = await page('/dinh-chinh')
    expect(list).toContain(correction)
    expect(list).toContain(`href="/tin-tuc/${a.slug}"`)
    expect(list).not.toContain(update)
  })

  it('tells the version history which version each note belongs to', async () => {
    const a = await publishedArticle(unique('Bài có lịch sử phiên bản'))
    const note = unique('Sửa tên đơn vị')
    expect(
      (
        await rest('PATCH', `/api/articles/${a.id}`, {
          as: 'editor',
          body: { lead: 'Sapo mới.', notes: [{ kind: 'correction', text: note }] },
        })
      ).status,
    ).toBe(200)
    expect((await rest('PATCH', `/api/articles/${a.id}`, { as: 'editor', body: { featured: true } })).status).toBe(200)
    const versions = await rest('GET', `/api/articles/versions?where[parent][equals]=${a.id}&sort=createdAt&depth=0`, {
      as: 'editor',
    })
    expect(versions.status).toBe(200)
    const labels = versions.json.docs.map(
      (v: { version: { revisionNote?: string | null } }) => v.version.revisionNote ?? '',
    )
    expect(labels).toHaveLength(3)
    expect(labels[0]).toBe('')
    expect(labels[1]).toMatch(new RegExp(`^Đính chính \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}: ${note}$`))
    expect(labels[2]).toBe('')
  })

  it('pages /dinh-chinh and answers 404 past the last page', async () => {
    const res = await fetch(url('/dinh-chinh?trang=999'))
    expect(res.status).toBe(404)
  })
})
