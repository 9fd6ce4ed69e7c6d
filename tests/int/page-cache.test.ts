import http from 'node:http'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { url } from '../helpers/env'
import { login, randomIp, rest } from '../helpers/http'
import { runScript } from '../helpers/scripts'
import { REFERENCE_SLUG } from '../fixtures/reference'
import { GRACE_MS } from '@/cache/store.mjs'
import { paragraph, richText } from '@/seed/lexical'

/**
 * Public pages are served from the shared cache and every change an editor makes through
 * the API shows on the next request. Each test first reads a page (so it is cached), checks
 * that it is, changes something as an editor, and reads the page again.
 */
const decode = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

async function page(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(url(path), { headers, redirect: 'manual' })
  return {
    status: res.status,
    html: decode(await res.text()),
    cache: res.headers.get('x-nextjs-cache'),
    headers: res.headers,
  }
}

/**
 * Reads a page until it comes from the cache. Right after a change a page is rendered
 * again on every request for a few seconds (GRACE_MS in src/cache/store.mjs), then cached.
 */
async function cached(path: string) {
  let last = await page(path)
  const deadline = Date.now() + GRACE_MS + 5000
  while (last.cache !== 'HIT' && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200))
    last = await page(path)
  }
  expect(last.cache, `${path} phải được phục vụ từ bộ đệm`).toBe('HIT')
  return last
}

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const lexical = (text: string) => richText([paragraph(text)])

let categoryId: string
let authorId: string
const created: Array<[string, string]> = []

beforeAll(async () => {
  categoryId = String((await rest('GET', '/api/categories?where[slug][equals]=de-an-05&depth=0')).json.docs[0].id)
  authorId = String((await rest('GET', '/api/authors?where[slug][equals]=hoang-hoai&depth=0')).json.docs[0].id)
})

afterAll(async () => {
  for (const [collection, id] of created.reverse()) await rest('DELETE', `/api/${collection}/${id}`, { as: 'admin' })
})

async function publishArticle(title: string, extra: Record<string, unknown> = {}) {
  const res = await rest('POST', '/api/articles', {
    as: 'editor',
    body: {
      title,
      lead: `Sapo ${title}`,
      body: lexical(`Nội dung ${title}`),
      categories: [categoryId],
      authors: [authorId],
      _status: 'published',
      ...extra,
    },
  })
  expect(res.status, res.text).toBe(201)
  created.push(['articles', String(res.json.doc.id)])
  return res.json.doc as { id: string; slug: string; title: string }
}

describe('cached public pages', () => {
  // robots.txt reads no data and names the address the server answers on: it is written per request.
  it('serve the article, series, catalogue, feeds and sitemap from the cache', async () => {
    for (const path of [
      `/tin-tuc/${REFERENCE_SLUG}`,
      '/loat-bai/krong-no-linh-hoat-trien-khai-thuc-hien-de-an-05',
      '/bieu-hien',
      '/van-ban',
      '/van-ban?trang=1',
      '/rss.xml',
      '/sitemap.xml',
    ]) {
      await cached(path)
    }
  })

  it('show a published article everywhere at once; an update, unpublish, restore and delete likewise', async () => {
    const title = `Bài kiểm thử bộ đệm ${stamp()}`
    await cached('/rss.xml')
    await cached('/sitemap.xml')
    await page('/')
    await page('/chuyen-muc/de-an-05')
    const article = await publishArticle(title)
    expect((await page('/')).html).toContain(title)
    expect((await page('/chuyen-muc/de-an-05')).html).toContain(title)
    expect((await page('/tac-gia/hoang-hoai')).html).toContain(title)
    expect((await page('/rss.xml')).html).toContain(title)
    expect((await page('/sitemap.xml')).html).toContain(`/tin-tuc/${article.slug}</loc>`)

    // Update of the published article.
    const path = `/tin-tuc/${article.slug}`
    await cached(path)
    const renamed = `${title} (đã sửa)`
    const updated = await rest('PATCH', `/api/articles/${article.id}`, {
      as: 'editor',
      body: { title: renamed, minorChange: true },
    })
    expect(updated.status, updated.text).toBe(200)
    expect((await page(path)).html).toContain(`<h1 class="article__title">${renamed}</h1>`)
    expect((await page('/rss.xml')).html).toContain(renamed)

    // Unpublish: gone from the page, the home page and the feed.
    await cached(path)
    const unpublished = await rest('PATCH', `/api/articles/${article.id}`, { as: 'editor', body: { _status: 'draft' } })
    expect(unpublished.status, unpublished.text).toBe(200)
    expect((await page(path)).status).toBe(404)
    expect((await page('/')).html).not.toContain(renamed)
    expect((await page('/rss.xml')).html).not.toContain(renamed)

    // Restore the first published version: back online with its first title.
    const versions = await rest(
      'GET',
      `/api/articles/versions?where[parent][equals]=${article.id}&where[version._status][equals]=published&sort=createdAt&depth=0`,
      { as: 'editor' },
    )
    expect(versions.status, versions.text).toBe(200)
    const restored = await rest('POST', `/api/articles/versions/${versions.json.docs[0].id}`, { as: 'editor' })
    expect(restored.status, restored.text).toBe(200)
    const back = await page(path)
    expect(back.status).toBe(200)
    expect(back.html).toContain(`<h1 class="article__title">${title}</h1>`)

    // Delete.
    await cached(path)
    expect((await rest('DELETE', `/api/articles/${article.id}`, { as: 'editor' })).status).toBe(200)
    expect((await page(path)).status).toBe(404)
    expect((await page('/chuyen-muc/de-an-05')).html).not.toContain(title)
    expect((await page('/sitemap.xml')).html).not.toContain(`/tin-tuc/${article.slug}<`)
  })

  it('show a comment once an editor approves it', async () => {
    const article = await publishArticle(`Bài để bình luận ${stamp()}`)
    const path = `/tin-tuc/${article.slug}`
    expect((await cached(path)).html).toContain('(0) Bình luận')
    const comment = await rest('POST', '/api/comments', {
      ip: randomIp(),
      body: { article: article.id, authorName: 'Bạn đọc', email: 'ban-doc@example.com', body: `Góp ý ${stamp()}` },
    })
    expect(comment.status, comment.text).toBe(201)
    created.push(['comments', String(comment.json.doc.id)])
    expect((await page(path)).cache).toBe('HIT')
    const approved = await rest('PATCH', `/api/comments/${comment.json.doc.id}`, {
      as: 'editor',
      body: { status: 'approved' },
    })
    expect(approved.status, approved.text).toBe(200)
    expect((await page(path)).html).toContain('(1) Bình luận')
  })

  it('follow the home curation, categories, authors, series and images', async () => {
    const article = await publishArticle(`Bài được chọn ${stamp()}`)
    const home = await rest('GET', '/api/globals/homepage?depth=0', { as: 'editor' })
    const before = home.json.dontMiss ?? []
    await page('/')
    try {
      const picked = await rest('POST', '/api/globals/homepage', {
        as: 'editor',
        body: { dontMiss: [article.id, ...before].slice(0, 8) },
      })
      expect(picked.status, picked.text).toBe(200)
      const aside = /<aside aria-labelledby="dung-bo-lo">(.*?)<\/aside>/s.exec((await page('/')).html)?.[1] ?? ''
      expect(aside).toContain(article.title)
    } finally {
      await rest('POST', '/api/globals/homepage', { as: 'editor', body: { dontMiss: before } })
    }

    const path = `/tin-tuc/${article.slug}`
    const category = await rest('GET', `/api/categories/${categoryId}?depth=0`)
    const author = await rest('GET', `/api/authors/${authorId}?depth=0`)
    await cached(path)
    try {
      const c = await rest('PATCH', `/api/categories/${categoryId}`, {
        as: 'editor',
        body: { title: `${category.json.title} ${stamp()}` },
      })
      expect(c.status, c.text).toBe(200)
      expect((await page(path)).html).toContain(`>${c.json.doc.title}</a>`)
      await cached(path)
      const a = await rest('PATCH', `/api/authors/${authorId}`, {
        as: 'editor',
        body: { name: `Hoàng Hoài ${stamp()}` },
      })
      expect(a.status, a.text).toBe(200)
      expect((await page(path)).html).toMatch(new RegExp(`rel="author"[^>]*>${a.json.doc.name}</a>`))
    } finally {
      await rest('PATCH', `/api/categories/${categoryId}`, { as: 'editor', body: { title: category.json.title } })
      await rest('PATCH', `/api/authors/${authorId}`, { as: 'editor', body: { name: author.json.name } })
    }

    const seriesPath = '/loat-bai/krong-no-linh-hoat-trien-khai-thuc-hien-de-an-05'
    const series = (
      await rest('GET', '/api/series?where[slug][equals]=krong-no-linh-hoat-trien-khai-thuc-hien-de-an-05&depth=0')
    ).json.docs[0]
    await cached(seriesPath)
    try {
      const s = await rest('PATCH', `/api/series/${series.id}`, {
        as: 'editor',
        body: { title: `${series.title} ${stamp()}` },
      })
      expect(s.status, s.text).toBe(200)
      expect((await page(seriesPath)).html).toContain(`<h1>${s.json.doc.title}</h1>`)
    } finally {
      await rest('PATCH', `/api/series/${series.id}`, { as: 'editor', body: { title: series.title } })
    }

    const reference = (await rest('GET', `/api/articles?where[slug][equals]=${REFERENCE_SLUG}&depth=1`)).json.docs[0]
    const cover = reference.cover
    const referencePath = `/tin-tuc/${REFERENCE_SLUG}`
    await cached(referencePath)
    try {
      const alt = `Ảnh minh họa ${stamp()}`
      const m = await rest('PATCH', `/api/media/${cover.id}`, { as: 'editor', body: { alt } })
      expect(m.status, m.text).toBe(200)
      expect((await page(referencePath)).html).toContain(`alt="${alt}"`)
    } finally {
      await rest('PATCH', `/api/media/${cover.id}`, { as: 'editor', body: { alt: cover.alt } })
    }
  })

  it('follow guidance documents, the catalogue and published tallies', async () => {
    const title = `Hướng dẫn kiểm thử bộ đệm ${stamp()}`
    await cached('/van-ban')
    const doc = await rest('POST', '/api/guidance-documents', {
      as: 'editor',
      body: {
        title,
        type: 'huong-dan',
        issuer: 'Ban Tuyên giáo Huyện ủy',
        issuedAt: '2026-01-05T00:00:00.000+07:00',
        status: 'in-force',
        visibility: 'public',
        _status: 'published',
      },
    })
    expect(doc.status, doc.text).toBe(201)
    created.push(['guidance-documents', String(doc.json.doc.id)])
    expect((await page('/van-ban')).html).toContain(title)
    const docPath = `/van-ban/${doc.json.doc.slug}`
    await cached(docPath)
    const renamedDoc = `${title} (đã sửa)`
    const renamed = await rest('PATCH', `/api/guidance-documents/${doc.json.doc.id}`, {
      as: 'editor',
      body: { title: renamedDoc },
    })
    expect(renamed.status, renamed.text).toBe(200)
    expect((await page(docPath)).html).toContain(`<h1>${renamedDoc}</h1>`)
    expect((await page('/van-ban')).html).toContain(renamedDoc)
    await cached(docPath)
    await cached('/van-ban')
    const hidden = await rest('PATCH', `/api/guidance-documents/${doc.json.doc.id}`, {
      as: 'editor',
      body: { visibility: 'internal' },
    })
    expect(hidden.status, hidden.text).toBe(200)
    expect((await page(docPath)).status).toBe(404)
    expect((await page('/van-ban')).html).not.toContain(title)
    // Staff still find it where the public did.
    const editor = await login('editor')
    expect((await page(docPath, { cookie: editor.cookie, 'sec-fetch-site': 'same-origin' })).html).toContain(renamedDoc)

    const indicator = (await rest('GET', '/api/indicators?where[code][equals]=TT-01&depth=0')).json.docs[0]
    await cached('/bieu-hien')
    await cached('/bieu-hien/TT-01')
    const catalogue = () => rest('GET', '/api/open-data/danh-muc-bieu-hien?dinh-dang=json')
    expect((await catalogue()).text).toContain(indicator.title)
    try {
      const renamed = `${indicator.title} ${stamp()}`
      const res = await rest('PATCH', `/api/indicators/${indicator.id}`, { as: 'editor', body: { title: renamed } })
      expect(res.status, res.text).toBe(200)
      expect((await page('/bieu-hien')).html).toContain(renamed)
      expect((await page('/bieu-hien/TT-01')).html).toContain(renamed)
      // The open-data download of the catalogue follows at once too.
      expect((await catalogue()).text).toContain(renamed)
    } finally {
      await rest('PATCH', `/api/indicators/${indicator.id}`, { as: 'editor', body: { title: indicator.title } })
    }

    const tallyTitle = `Kỳ kiểm thử bộ đệm ${stamp()}`
    const tally = await rest('POST', '/api/published-tallies', {
      as: 'editor',
      body: {
        title: tallyTitle,
        periodFrom: '2022-01-01T00:00:00.000+07:00',
        periodTo: '2022-12-31T00:00:00.000+07:00',
      },
    })
    expect(tally.status, tally.text).toBe(201)
    created.push(['published-tallies', String(tally.json.doc.id)])
    expect((await page('/tien-do')).html).not.toContain(tallyTitle)
    const shown = await rest('PATCH', `/api/published-tallies/${tally.json.doc.id}`, {
      as: 'editor',
      body: { published: true },
    })
    expect(shown.status, shown.text).toBe(200)
    expect((await page('/tien-do')).html).toContain(tallyTitle)
  })

  it('show a dossier transition on /tien-do at once', async () => {
    const sentence = (html: string) => /<p class="tally-sentence">([^<]*)<\/p>/.exec(html)?.[1]
    const before = sentence((await page('/tien-do?nam=2022')).html)
    expect(before).toContain('15/35 TCCS đảng có đầy đủ hồ sơ')
    const orgs = await rest('GET', '/api/organizations?where[code][equals]=DM&depth=0', { as: 'admin' })
    const dossier = (
      await rest(
        'GET',
        `/api/dossiers?where[organization][equals]=${orgs.json.docs[0].id}&where[year][equals]=2022&depth=0`,
        { as: 'admin' },
      )
    ).json.docs[0]
    const transition = (as: 'approver' | 'org-officer' | 'reviewer', action: string, reason?: string) =>
      rest('POST', `/api/dossiers/${dossier.id}/transition`, { as, body: { action, reason } })
    const reopened = await transition('approver', 'reopen', 'Bổ sung hồ sơ (kiểm thử bộ đệm).')
    expect(reopened.status, reopened.text).toBe(200)
    try {
      expect(sentence((await page('/tien-do?nam=2022')).html)).toContain('14/35 TCCS đảng có đầy đủ hồ sơ')
    } finally {
      // Back to approved: sent back unchanged, so the officer answers the reason.
      for (const [who, action, reason] of [
        ['org-officer', 'resubmit', 'Hồ sơ đã đủ, xin gửi lại (kiểm thử bộ đệm).'],
        ['reviewer', 'recommend', undefined],
        ['approver', 'approve', undefined],
      ] as const) {
        const res = await transition(who, action, reason)
        expect(res.status, res.text).toBe(200)
      }
    }
    expect(sentence((await page('/tien-do?nam=2022')).html)).toContain('15/35 TCCS đảng có đầy đủ hồ sơ')
  })

  it('show a scheduled article once the job runner publishes it', async () => {
    const slug = `hen-gio-bo-dem-${stamp()}`
    const res = await rest('POST', '/api/articles?draft=true', {
      as: 'editor',
      body: { title: `Hẹn giờ ${slug}`, slug, categories: [categoryId], _status: 'draft' },
    })
    expect(res.status, res.text).toBe(201)
    created.push(['articles', String(res.json.doc.id)])
    expect((await page(`/tin-tuc/${slug}`)).status).toBe(404)
    await cached('/rss.xml')
    const queued = await runScript('tests/fixtures/schedule-publish.ts', { args: [slug, '500'] })
    expect(queued.code, queued.output).toBe(0)
    // The job runner looks for due jobs every 15 seconds.
    const deadline = Date.now() + 90_000
    let status = 404
    while (status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500))
      status = (await page(`/tin-tuc/${slug}`)).status
    }
    expect(status).toBe(200)
    expect((await page('/rss.xml')).html).toContain(slug)
  }, 240_000)

  it('cache search results until the index changes', async () => {
    const word = `tukhoa${stamp()}`
    const path = `/tim-kiem?q=${word}`
    expect((await page(path)).html).toContain('Không tìm thấy kết quả nào')
    await publishArticle(`Bài có từ khóa ${word}`)
    expect((await page(path)).html).toContain('Tìm thấy 1 kết quả')
  })
})

describe('public documents', () => {
  it('are served at their own addresses only: the cached variant redirects there', async () => {
    const res = await page('/cong-khai/van-ban?trang=2')
    expect(res.status).toBe(307)
    expect(res.headers.get('location')).toMatch(/^(https?:\/\/[^/]+)?\/van-ban\?trang=2$/)
    const filtered = await page('/van-ban?loai=huong-dan')
    expect(filtered.status).toBe(200)
    expect(filtered.cache).toBeNull()
  })
})

describe('nothing restricted enters the cache', () => {
  it('a page read by staff never shows staff-only content to the public afterwards', async () => {
    const title = `Văn bản nội bộ ${stamp()}`
    const doc = await rest('POST', '/api/guidance-documents', {
      as: 'editor',
      body: {
        title,
        type: 'huong-dan',
        issuer: 'Ban Tuyên giáo Huyện ủy',
        issuedAt: '2026-01-06T00:00:00.000+07:00',
        status: 'in-force',
        visibility: 'internal',
        _status: 'published',
      },
    })
    expect(doc.status, doc.text).toBe(201)
    created.push(['guidance-documents', String(doc.json.doc.id)])
    const editor = await login('editor')
    const staff = { cookie: editor.cookie, 'sec-fetch-site': 'same-origin' }
    const docPath = `/van-ban/${doc.json.doc.slug}`
    // Staff see the internal document; the public, right after, does not.
    expect((await page('/van-ban', staff)).html).toContain(title)
    expect((await page(docPath, staff)).status).toBe(200)
    expect((await page('/van-ban')).html).not.toContain(title)
    expect((await page(docPath)).status).toBe(404)

    // A preview of an unpublished change, then the public page: the published text only.
    const article = await publishArticle(`Bài công khai ${stamp()}`)
    const secret = `Bản nháp chưa duyệt ${stamp()}`
    const drafted = await rest('PATCH', `/api/articles/${article.id}?draft=true`, {
      as: 'editor',
      body: { title: secret, _status: 'draft' },
    })
    expect(drafted.status, drafted.text).toBe(200)
    const preview = await page(`/xem-truoc?collection=articles&slug=${article.slug}`, staff)
    expect(preview.status).toBe(307)
    const draftCookie = (preview.headers.get('set-cookie') ?? '').split(';')[0]
    const previewed = await page(`/tin-tuc/${article.slug}`, { ...staff, cookie: `${editor.cookie}; ${draftCookie}` })
    expect(previewed.html).toContain(secret)
    for (const path of [`/tin-tuc/${article.slug}`, '/', '/rss.xml', '/chuyen-muc/de-an-05']) {
      const seen = await page(path)
      expect(seen.html).not.toContain(secret)
    }
    expect((await page(`/tin-tuc/${article.slug}`)).html).toContain(article.title)
  })
})

/** A raw request (fetch would add Accept-Encoding and decompress): status, headers, bytes. */
function raw(path: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(url(path), { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

/** Reads a page until the front cache (server.mjs) answers it. */
async function fromFront(path: string) {
  const deadline = Date.now() + GRACE_MS + 5000
  let last = await raw(path)
  while (last.headers['x-front-cache'] !== 'HIT' && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100))
    last = await raw(path)
  }
  expect(last.headers['x-front-cache'], `${path} phải được máy chủ trả từ bộ đệm phía trước`).toBe('HIT')
  return last
}

describe('the front cache of the production server', () => {
  it('answers a cached page whole, compressed as asked, with 304 to a known ETag and to HEAD without a body', async () => {
    const path = `/tin-tuc/${REFERENCE_SLUG}`
    const plain = await fromFront(path)
    expect(plain.status).toBe(200)
    expect(plain.headers['content-type']).toMatch(/text\/html/)
    expect(plain.headers['content-security-policy']).toBeTruthy()
    expect(plain.headers['cache-control']).toBe('public, max-age=0, must-revalidate')
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i)
    const html = plain.body.toString('utf8')
    expect(html).toMatch(/<\/html>$/)
    expect(decode(html)).toContain('Krông Nô')
    // Readable without JavaScript, so sent without Next.js's client runtime; structured data stays.
    expect(html).not.toMatch(/<script\b[^>]*src=|self\.__next_f/)
    expect(html).toContain('<script type="application/ld+json">')

    const br = await raw(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(br.headers['content-encoding']).toBe('br')
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
    const gzip = await raw(path, { headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gzip.body).equals(plain.body)).toBe(true)
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length)

    const etag = String(plain.headers.etag)
    expect(etag).toBeTruthy()
    const notModified = await raw(path, { headers: { 'if-none-match': etag } })
    expect(notModified.status).toBe(304)
    expect(notModified.body.length).toBe(0)
    const head = await raw(path, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(Number(head.headers['content-length'])).toBe(plain.body.length)
  })

  it('never answers staff, previews or client-side navigations, and shows an edit on the next request', async () => {
    await fromFront('/')
    const editor = await login('editor')
    const bypassing: Array<Record<string, string>> = [
      { cookie: editor.cookie },
      { cookie: `theme=dark; __prerender_bypass=x` },
      { authorization: `JWT ${editor.token}` },
      { rsc: '1' },
    ]
    for (const headers of bypassing) {
      const res = await raw('/', { headers })
      expect(res.headers['x-front-cache'], JSON.stringify(headers)).toBeUndefined()
    }
    // A page rendered per request still goes out compressed, as Next.js would send it.
    const search = await raw('/tim-kiem?q=de+an+05', { headers: { 'accept-encoding': 'gzip' } })
    expect(search.headers['content-encoding']).toBe('gzip')
    expect(decode(zlib.gunzipSync(search.body).toString('utf8'))).toContain('Tìm thấy')
    const rsc = await raw('/', { headers: { rsc: '1' } })
    expect(rsc.headers['content-type']).toMatch(/text\/x-component/)

    await fromFront('/')
    const title = `Bài qua bộ đệm phía trước ${stamp()}`
    await publishArticle(title)
    const next = await raw('/')
    expect(next.headers['x-front-cache']).not.toBe('HIT')
    expect(decode(next.body.toString('utf8'))).toContain(title)
  })
})
