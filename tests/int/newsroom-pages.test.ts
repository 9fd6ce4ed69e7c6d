import { describe, expect, it } from 'vitest'
import { url } from '../helpers/env'
import { runScript } from '../helpers/scripts'
import { login, randomIp, rest } from '../helpers/http'
import {
  CAPTIONS,
  DRAFT_SLUG,
  DRAFT_TITLE,
  HEADINGS,
  PART_ONE_SLUG,
  REFERENCE_SLUG,
  REFERENCE_TITLE,
  SPEAKERS,
} from '../fixtures/reference'

async function page(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(url(path), { headers, redirect: 'manual' })
  return { status: res.status, html: await res.text(), headers: res.headers }
}

const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

describe('the reference article page', () => {
  it('shows the article as the newspaper published it', async () => {
    const { status, html } = await page(`/tin-tuc/${REFERENCE_SLUG}`)
    expect(status).toBe(200)
    const text = decode(html)
    expect(text).toContain(`<h1 class="article__title">${REFERENCE_TITLE}</h1>`)
    expect(text).toMatch(/<a [^>]*rel="author"[^>]*>Hoàng Hoài<\/a>/)
    expect(text).toMatch(/<time dateTime="2022-11-03T02:09:00.000Z"[^>]*>03\/11\/2022 09:09<\/time>/)
    expect(text).toContain('Kỳ 2')
    for (const h of HEADINGS) expect(text).toContain(`>${h}</h2>`)
    // Captions as printed, with no credit added.
    for (const c of CAPTIONS) expect(text).toContain(`<figcaption>${c}</figcaption>`)
    // The five quotations stay inside the sentences that carry them, as the paper printed them.
    const quoted = [...text.matchAll(/<p class="quote-inline">([^]*?)<\/p>/g)].map((m) => m[1])
    expect(quoted).toHaveLength(SPEAKERS.length)
    quoted.forEach((q, i) => expect(q).toContain(SPEAKERS[i]))
    expect(text).toContain('chia sẻ: “<q class="quote-inline__text">Sau khi các chi bộ nhận diện')
    expect(text).toContain('ai muốn nhận diện thế nào cũng được…</q>”, ông Nguyễn Văn Anh chia sẻ thêm.</p>')
    expect(text).toContain('15/35 TCCS đảng có đầy đủ hồ sơ')
    // The count is of approved comments only (other tests may have approved some by now).
    const { json: found } = await rest('GET', `/api/articles?where[slug][equals]=${REFERENCE_SLUG}&depth=0`)
    const { json: approved } = await rest('GET', `/api/comments?where[article][equals]=${found.docs[0].id}&limit=0`)
    expect(text).toContain(`(${approved.totalDocs}) Bình luận`)
  })

  it('links to the previous part of its series and back', async () => {
    const two = await page(`/tin-tuc/${REFERENCE_SLUG}`)
    expect(two.html).toMatch(
      new RegExp(`<a (rel="prev" href="/tin-tuc/${PART_ONE_SLUG}"|href="/tin-tuc/${PART_ONE_SLUG}" rel="prev")`),
    )
    const one = await page(`/tin-tuc/${PART_ONE_SLUG}`)
    expect(one.html).toMatch(new RegExp(`<a [^>]*href="/tin-tuc/${REFERENCE_SLUG}"[^>]*>.*Kỳ sau`))
  })

  it('carries NewsArticle JSON-LD, OpenGraph and a canonical URL', async () => {
    const { html } = await page(`/tin-tuc/${REFERENCE_SLUG}`)
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)
    expect(ld).not.toBeNull()
    const data = JSON.parse(ld![1])
    expect(data['@type']).toBe('NewsArticle')
    expect(data.headline).toBe(REFERENCE_TITLE)
    expect(data.datePublished).toBe('2022-11-03T02:09:00.000Z')
    expect(data.author[0].name).toBe('Hoàng Hoài')
    expect(html).toMatch(/<link rel="canonical" href="http[^"]+\/tin-tuc\/krong-no-linh-hoat/)
    expect(html).toMatch(/<meta property="og:type" content="article"/)
    expect(html).toMatch(/<meta property="og:image" content="[^"]+1200x630\.jpg"/)
  })
})

describe('drafts stay out of public pages', () => {
  it('answers 404 for a draft, and leaves it out of the home page, RSS and sitemap', async () => {
    expect((await page(`/tin-tuc/${DRAFT_SLUG}`)).status).toBe(404)
    const home = await page('/')
    expect(home.status).toBe(200)
    expect(decode(home.html)).toContain(REFERENCE_TITLE)
    expect(home.html).not.toContain(DRAFT_TITLE)
    const rss = await page('/rss.xml')
    expect(rss.headers.get('content-type')).toContain('rss+xml')
    expect(rss.html).toContain(REFERENCE_SLUG)
    expect(rss.html).not.toContain(DRAFT_SLUG)
    const sitemap = await page('/sitemap.xml')
    expect(sitemap.html).toContain(`/tin-tuc/${REFERENCE_SLUG}</loc>`)
    expect(sitemap.html).not.toContain(DRAFT_SLUG)
    expect(sitemap.html).toContain('/van-ban/ke-hoach-73-kh-hu-2018</loc>')
    expect(sitemap.html).toMatch(/\/bieu-hien\/[^<]+<\/loc>/)
    const internal = await rest(
      'GET',
      '/api/guidance-documents?where[visibility][equals]=internal&depth=0&draft=true',
      { as: 'admin' },
    )
    expect(internal.json.totalDocs).toBeGreaterThan(0)
    for (const d of internal.json.docs) expect(sitemap.html).not.toContain(`/van-ban/${d.slug}<`)
    const robots = await page('/robots.txt')
    expect(robots.html).toMatch(/Sitemap: http.+\/sitemap\.xml/)
  })

  it('refuses the preview to the public and shows the draft to a logged-in editor', async () => {
    const anonymous = await page(`/xem-truoc?collection=articles&slug=${DRAFT_SLUG}`)
    expect(anonymous.status).toBe(403)
    const editor = await login('editor')
    // A browser sends Sec-Fetch-Site with its cookies; Payload refuses cookie logins from clients that do not.
    const browserLike = { 'sec-fetch-site': 'same-origin' }
    expect((await page(`/xem-truoc?collection=articles&slug=${DRAFT_SLUG}`, { cookie: editor.cookie })).status).toBe(
      403,
    )
    const preview = await page(`/xem-truoc?collection=articles&slug=${DRAFT_SLUG}`, {
      cookie: editor.cookie,
      ...browserLike,
    })
    expect(preview.status).toBe(307)
    const draftCookie = (preview.headers.get('set-cookie') ?? '').split(';')[0]
    expect(draftCookie).toMatch(/^__prerender_bypass=/)
    const shown = await page(`/tin-tuc/${DRAFT_SLUG}`, { cookie: `${editor.cookie}; ${draftCookie}`, ...browserLike })
    expect(shown.status).toBe(200)
    expect(shown.html).toContain('Bản xem trước')
    // The draft-mode cookie alone, without a staff login, shows nothing.
    expect((await page(`/tin-tuc/${DRAFT_SLUG}`, { cookie: draftCookie, ...browserLike })).status).toBe(404)
  })
})

describe('unknown addresses', () => {
  it.each([
    '/tin-tuc/khong-co-bai-nay',
    '/tin-tuc/%E2%80%9C%3Cscript%3E',
    '/chuyen-muc/khong-co',
    '/loat-bai/khong-co',
    '/tac-gia/khong-co',
  ])('%s answers a Vietnamese 404 page', async (path) => {
    const { status, html } = await page(path)
    expect(status).toBe(404)
    expect(html).toContain('Không tìm thấy trang')
  })

  it('pages past the end are empty, not errors', async () => {
    const { status, html } = await page('/?trang=999')
    expect(status).toBe(200)
    expect(html).toContain('Chưa có bài viết nào được đăng.')
  })
})

describe('listing pages', () => {
  it('category, series and author pages list published articles only', async () => {
    const category = await page('/chuyen-muc/de-an-05')
    expect(category.status).toBe(200)
    expect(decode(category.html)).toContain(REFERENCE_TITLE)
    expect(category.html).not.toContain(DRAFT_TITLE)
    const parent = await page('/chuyen-muc/xay-dung-dang')
    expect(decode(parent.html)).toContain(REFERENCE_TITLE)
    const series = await page('/loat-bai/krong-no-linh-hoat-trien-khai-thuc-hien-de-an-05')
    expect(series.status).toBe(200)
    const parts = [...series.html.matchAll(/<strong class="article__part">(Kỳ \d+)<\/strong>/g)].map((m) => m[1])
    expect(parts).toEqual(['Kỳ 1', 'Kỳ 2'])
    const author = await page('/tac-gia/hoang-hoai')
    expect(author.status).toBe(200)
    expect(decode(author.html)).toContain(REFERENCE_TITLE)
    expect(author.html).not.toContain(DRAFT_TITLE)
  })
})

describe('comments on the page', () => {
  it('shows approved comments with their count, never pending ones or any email', async () => {
    const { json: found } = await rest('GET', `/api/articles?where[slug][equals]=${PART_ONE_SLUG}&depth=0`)
    const article = found.docs[0].id
    const email = `nguoi-doc-${Date.now()}@example.com`
    const countOn = (html: string) => Number(/\((\d+)\) Bình luận/.exec(html)?.[1])
    const before = countOn((await page(`/tin-tuc/${PART_ONE_SLUG}`)).html)
    expect(before).toBeGreaterThanOrEqual(0)
    const approved = await rest('POST', '/api/comments', {
      ip: randomIp(),
      body: { article, authorName: 'Bạn đọc Đắk Mâm', email, body: 'Bài viết rất thiết thực.' },
    })
    const pending = await rest('POST', '/api/comments', {
      ip: randomIp(),
      body: { article, authorName: 'Người chờ', email, body: 'Bình luận còn chờ duyệt.' },
    })
    expect(approved.status).toBe(201)
    expect(pending.status).toBe(201)
    const ok = await rest('PATCH', `/api/comments/${approved.json.doc.id}`, {
      as: 'editor',
      body: { status: 'approved' },
    })
    expect(ok.status).toBe(200)
    const { html } = await page(`/tin-tuc/${PART_ONE_SLUG}`)
    // One more approved comment; the pending one is not counted.
    expect(countOn(html)).toBe(before + 1)
    expect(html).toContain('Bài viết rất thiết thực.')
    expect(html).not.toContain('Bình luận còn chờ duyệt.')
    expect(html).not.toContain(email)
  })
})

describe('scheduled publishing', () => {
  it('the running server publishes a draft when its scheduled time comes', async () => {
    const slug = `lich-dang-${Date.now()}`
    const created = await rest('POST', '/api/articles?draft=true', {
      as: 'editor',
      body: { title: `Bài hẹn giờ ${slug}`, slug, lead: 'Hẹn giờ đăng.', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    expect((await page(`/tin-tuc/${slug}`)).status).toBe(404)
    const queued = await runScript('tests/fixtures/schedule-publish.ts', { args: [slug, '1000'] })
    expect(queued.code, queued.output).toBe(0)
    const deadline = Date.now() + 60_000
    let status = 404
    while (Date.now() < deadline && status !== 200) {
      await new Promise((r) => setTimeout(r, 2000))
      status = (await page(`/tin-tuc/${slug}`)).status
    }
    expect(status).toBe(200)
  }, 150_000)
})
