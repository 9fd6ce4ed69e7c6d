import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DAK_MAM_CELLS, GRASSROOTS } from '@/seed/district'
import { PROGRESS_ARTICLE_TITLE } from '@/seed/progress'
import { slugify } from '@/vietnamese'
import { url } from '../helpers/env'
import { login, rest, type As } from '../helpers/http'

const ARTICLE_TALLY =
  '15/35 TCCS đảng có đầy đủ hồ sơ, kế hoạch khắc phục, 2 đơn vị kế hoạch không bảo đảm yêu cầu, 11 đơn vị chưa có hồ sơ, còn 7 đơn vị mới thành lập'
const PROGRESS_SLUG = slugify(PROGRESS_ARTICLE_TITLE)
const ORG_NAMES = [...GRASSROOTS, ...DAK_MAM_CELLS].map((o) => o.name)

async function page(path: string) {
  const res = await fetch(url(path), { redirect: 'manual' })
  const html = await res.text()
  const text = html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
  return { status: res.status, html: text }
}

const orgIds: Record<string, string> = {}

beforeAll(async () => {
  const res = await rest('GET', '/api/organizations?limit=500&depth=0', { as: 'admin' })
  expect(res.status).toBe(200)
  for (const o of res.json.docs) orgIds[o.code] = String(o.id)
})

/** Every organisation name and id of the district that must never reach the public. */
function leaks(body: string): string[] {
  const found = ORG_NAMES.filter((n) => body.includes(n))
  for (const [code, id] of Object.entries(orgIds)) if (code !== 'KN' && body.includes(id)) found.push(`${code} (${id})`)
  return found
}

describe('/tien-do, the public progress page', () => {
  it("shows the article's tally for 2022 in words, in numbers, as a chart and as a table", async () => {
    const { status, html } = await page('/tien-do?nam=2022')
    expect(status).toBe(200)
    expect(html).toContain(`${ARTICLE_TALLY}.`)
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="bieu-do-nam-title bieu-do-nam-desc"/)
    expect(html).toMatch(/<title id="bieu-do-nam-title">Tình trạng hồ sơ năm 2022 của 35 TCCS đảng<\/title>/)
    expect(html).toContain(`<desc id="bieu-do-nam-desc">${ARTICLE_TALLY}.</desc>`)
    const row = (label: string, n: number) => new RegExp(`<th scope="row">${label}</th><td>${n}</td>`)
    expect(html).toMatch(row('Đầy đủ hồ sơ \\(đã phê duyệt\\)', 15))
    expect(html).toMatch(row('Kế hoạch không bảo đảm yêu cầu \\(bị trả lại\\)', 2))
    expect(html).toMatch(row('Chưa có hồ sơ', 11))
    expect(html).toMatch(row('Mới thành lập', 7))
    expect(html).toMatch(/<tfoot><tr><th scope="row">Tổng số<\/th><td>35<\/td>/)
  })

  it('shows how the tally moved month by month, with the numbers in a table', async () => {
    const { html } = await page('/tien-do?nam=2022')
    expect(html).toMatch(/<title id="bieu-do-thang-title">Tình trạng hồ sơ năm 2022 cuối mỗi tháng<\/title>/)
    // Before the first submission in October nobody was complete; by the end of October 15 were.
    expect(html).toMatch(/<th scope="row">9\/2022<\/th><td>0<\/td>/)
    expect(html).toMatch(
      /<th scope="row">10\/2022<\/th><td>15<\/td><td>2<\/td><td>0<\/td><td>11<\/td><td>7<\/td><td>35<\/td>/,
    )
    // Six organisations did not exist yet at the end of July (established from August on).
    expect(html).toMatch(/<th scope="row">7\/2022<\/th>(<td>\d+<\/td>){5}<td>30<\/td>/)
  })

  it('names no organisation, and offers years as plain links', async () => {
    const { html } = await page('/tien-do?nam=2022')
    expect(leaks(html)).toEqual([])
    const root = await page('/tien-do')
    expect(root.status).toBe(200)
    expect(leaks(root.html)).toEqual([])
  })

  it('answers 404 for a year that is not a year or has no dossiers', async () => {
    expect((await page('/tien-do?nam=abc')).status).toBe(404)
    expect((await page('/tien-do?nam=1999')).status).toBe(404)
  })

  it('names the organisations by state once an editor turns that on, and only then', async () => {
    const on = await rest('POST', '/api/globals/progress-settings', {
      as: 'editor',
      body: { showOrganizationNames: true },
    })
    expect(on.status, on.text).toBe(200)
    try {
      const { html } = await page('/tien-do?nam=2022')
      expect(html).toContain('Đảng bộ xã Buôn Choáh')
      expect(html).toContain('<summary>Kế hoạch không bảo đảm yêu cầu (bị trả lại) (2)</summary>')
    } finally {
      const off = await rest('POST', '/api/globals/progress-settings', {
        as: 'editor',
        body: { showOrganizationNames: false },
      })
      expect(off.status).toBe(200)
    }
    expect((await page('/tien-do?nam=2022')).html).not.toContain('Đảng bộ xã Buôn Choáh')
  })

  it('lets only editors and admins turn names on', async () => {
    for (const who of [null, 'reporter', 'reviewer', 'org-officer'] as As[]) {
      const res = await rest('POST', '/api/globals/progress-settings', {
        as: who,
        body: { showOrganizationNames: true },
      })
      expect(res.status, String(who)).toBe(403)
    }
  })
})

describe('progress endpoints', () => {
  it('give the public aggregates only', async () => {
    const res = await rest('GET', '/api/progress?year=2022&timeline=1')
    expect(res.status).toBe(200)
    expect(res.json.tally).toEqual({
      complete: 15,
      inadequate: 2,
      inReview: 0,
      none: 11,
      new: 7,
      total: 35,
      required: 28,
    })
    expect(res.json.sentence).toBe(ARTICLE_TALLY)
    expect(res.json.timeline.length).toBeGreaterThanOrEqual(12)
    expect(leaks(res.text)).toEqual([])
    expect(Object.keys(res.json)).not.toContain('organizations')
  })

  it('refuse the public anything organisation by organisation, whatever the door', async () => {
    const dm = orgIds.DM
    const doors = [
      `/api/progress?year=2022&parent=${dm}`,
      '/api/progress/organizations?year=2022',
      `/api/progress/organizations?year=2022&parent=${dm}`,
      '/api/progress/export?year=2022&what=dossiers&format=csv',
      '/api/progress/export?year=2022&what=dossiers&format=xlsx',
      '/api/progress/export?year=2022&what=tally&format=csv',
      '/api/progress/inspections?from=2018-01-01&to=2021-06-30',
      '/api/progress/export?what=inspections&from=2018-01-01&to=2021-06-30&format=csv',
    ]
    for (const door of doors) {
      const res = await rest('GET', door)
      expect([401, 403], door).toContain(res.status)
      expect(res.json?.errors?.[0]?.message, door).toMatch(/đăng nhập|quyền|cán bộ/)
      expect(leaks(res.text), door).toEqual([])
    }
  })

  it('refuse the newsroom organisation-level figures', async () => {
    for (const who of ['editor', 'reporter'] as As[]) {
      expect((await rest('GET', '/api/progress/organizations?year=2022', { as: who })).status).toBe(403)
      expect((await rest('GET', '/api/progress/export?year=2022&what=dossiers&format=csv', { as: who })).status).toBe(
        403,
      )
    }
  })

  it('answer bad input with a Vietnamese 400 and no figures', async () => {
    const cases: [string, RegExp][] = [
      ['/api/progress', /Cần chọn năm/],
      ['/api/progress?year=20x2', /không hợp lệ/],
      ['/api/progress?year=1850', /2000–2100/],
      ['/api/progress?year=2022&asOf=2022-02-30', /không hợp lệ/],
      ['/api/progress?year=2022&kind=district', /Loại tổ chức không hợp lệ/],
    ]
    for (const [path, msg] of cases) {
      const res = await rest('GET', path)
      expect(res.status, path).toBe(400)
      expect(res.json.errors[0].message, path).toMatch(msg)
    }
    const fmt = await rest('GET', '/api/progress/export?year=2022&format=pdf', { as: 'reviewer' })
    expect(fmt.status).toBe(400)
    expect(fmt.json.errors[0].message).toMatch(/csv hoặc xlsx/)
  })

  it('give district boards every grassroots organisation, and an officer only their own', async () => {
    const board = await rest('GET', '/api/progress/organizations?year=2022', { as: 'reviewer' })
    expect(board.status).toBe(200)
    expect(board.json.organizations).toHaveLength(35)
    expect(board.json.sentence).toBe(ARTICLE_TALLY)
    const returned = board.json.organizations
      .filter((o: { state: string }) => o.state === 'inadequate')
      .map((o: { code: string }) => o.code)
    expect(returned.sort()).toEqual(['NND', 'THA'])

    const officer = await rest('GET', '/api/progress/organizations?year=2022', { as: 'org-officer' })
    expect(officer.status).toBe(200)
    expect(officer.json.organizations.map((o: { code: string }) => o.code)).toEqual(['DM'])
    expect(officer.json.tally).toMatchObject({ total: 1, complete: 1 })

    const cells = await rest('GET', `/api/progress/organizations?year=2022&parent=${orgIds.DM}`, { as: 'org-officer' })
    const seeded = cells.json.organizations.filter((o: { code: string }) =>
      DAK_MAM_CELLS.some((c) => c.code === o.code),
    )
    expect(seeded).toHaveLength(16)
    expect(cells.json.unitLabel).toBe('chi bộ')

    const elsewhere = await rest('GET', `/api/progress/organizations?year=2022&parent=${orgIds.BC}`, {
      as: 'org-officer',
    })
    expect(elsewhere.json.organizations).toEqual([])
  })
})

describe('exports', () => {
  it('give a district board the dossier list as XLSX with Vietnamese headings', async () => {
    const session = await login('reviewer')
    const xlsx = await fetch(url('/api/progress/export?year=2022&what=dossiers&format=xlsx'), {
      headers: { Authorization: `JWT ${session.token}` },
    })
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
    expect(xlsx.headers.get('content-disposition')).toContain('danh-sach-ho-so-2022.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never)
    const sheet = book.getWorksheet('Danh sách hồ sơ')!
    const values = sheet.getSheetValues().filter(Boolean) as unknown[][]
    const header = values.findIndex((r) => r.includes('Tổ chức đảng'))
    expect(values[header].slice(1)).toEqual([
      'STT',
      'Mã',
      'Tổ chức đảng',
      'Loại hình',
      'Khối',
      'Tình trạng',
      'Bước hồ sơ',
      'Cập nhật hồ sơ lần cuối',
    ])
    const rows = values.slice(header + 1)
    expect(rows).toHaveLength(35)
    expect(rows.find((r) => r[2] === 'THA')?.[6]).toBe('Kế hoạch không bảo đảm yêu cầu (bị trả lại)')
    expect(book.getWorksheet('Tổng hợp')).toBeDefined()
  })

  it('give an officer a CSV of their own organisations only', async () => {
    const res = await rest('GET', '/api/progress/export?year=2022&what=dossiers&format=csv', { as: 'org-officer' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    // fetch's text() drops a byte-order mark, so read the bytes: Excel needs it to read UTF-8.
    const bytes = new Uint8Array(
      await (
        await fetch(url('/api/progress/export?year=2022&what=dossiers&format=csv'), {
          headers: { Authorization: `JWT ${(await login('org-officer')).token}` },
        })
      ).arrayBuffer(),
    )
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(res.text).toContain('STT,Mã,Tổ chức đảng,Loại hình,Khối,Tình trạng,Bước hồ sơ,Cập nhật hồ sơ lần cuối')
    expect(res.text).toContain('Đảng bộ thị trấn Đắk Mâm')
    expect(leaks(res.text)).toEqual(['Đảng bộ thị trấn Đắk Mâm'])
  })

  it('give the tally as CSV with its sentence', async () => {
    const res = await rest('GET', '/api/progress/export?year=2022&what=tally&format=csv', { as: 'approver' })
    expect(res.status).toBe(200)
    expect(res.text).toContain(ARTICLE_TALLY)
    expect(res.text).toContain('Tình trạng,Số TCCS đảng,Tỷ lệ (%)')
    expect(res.text).toContain('Đầy đủ hồ sơ (đã phê duyệt),15,43')
  })
})

describe('the frozen progress block', () => {
  let dmDossier: string
  let draftArticle: string | undefined

  beforeAll(async () => {
    const res = await rest(
      'GET',
      `/api/dossiers?where[organization][equals]=${orgIds.DM}&where[year][equals]=2022&depth=0`,
      { as: 'admin' },
    )
    dmDossier = String(res.json.docs[0].id)
    expect(res.json.docs[0].stage).toBe('approved')
  })

  afterAll(async () => {
    if (draftArticle) await rest('DELETE', `/api/articles/${draftArticle}`, { as: 'editor' })
  })

  const transition = (as: As, action: string, reason?: string) =>
    rest('POST', `/api/dossiers/${dmDossier}/transition`, { as, body: { action, reason } })

  it('keeps a published article at its date while dossiers move on, even when the article is saved again', async () => {
    const before = await page(`/tin-tuc/${PROGRESS_SLUG}`)
    expect(before.status).toBe(200)
    expect(before.html).toContain(`<p class="progress-block__sentence">${ARTICLE_TALLY}.</p>`)
    expect(before.html).toContain('Số liệu tính đến ngày 01/11/2022')

    // The Standing Board reopens Đắk Mâm's approved dossier: the live tally changes.
    const reopened = await transition(
      'approver',
      'reopen',
      'Bổ sung phiếu kết luận sau kỳ kiểm điểm (kiểm thử số liệu chốt).',
    )
    expect(reopened.status, reopened.text).toBe(200)
    try {
      const live = await rest('GET', '/api/progress?year=2022')
      expect(live.json.tally).toMatchObject({ complete: 14, inadequate: 3 })
      // Replaying the log as of 1/11/2022 still gives the figures of that day.
      const then = await rest('GET', '/api/progress?year=2022&asOf=2022-11-01')
      expect(then.json.tally).toMatchObject({ complete: 15, inadequate: 2, none: 11, new: 7 })

      expect((await page(`/tin-tuc/${PROGRESS_SLUG}`)).html).toContain(
        `<p class="progress-block__sentence">${ARTICLE_TALLY}.</p>`,
      )

      // An editor saves the article again, even sending made-up figures: the stored ones stay.
      const found = await rest('GET', `/api/articles?where[slug][equals]=${PROGRESS_SLUG}&depth=0`, { as: 'editor' })
      const article = found.json.docs[0]
      const body = structuredClone(article.body)
      const node = body.root.children.find(
        (n: { type: string; fields?: { blockType?: string } }) =>
          n.type === 'block' && n.fields?.blockType === 'progress',
      )
      node.fields.snapshot = {
        ...node.fields.snapshot,
        tally: { ...node.fields.snapshot.tally, complete: 35 },
        sentence: '35/35 bịa đặt',
      }
      const saved = await rest('PATCH', `/api/articles/${article.id}`, { as: 'editor', body: { body } })
      expect(saved.status, saved.text).toBe(200)
      const savedNode = saved.json.doc.body.root.children.find(
        (n: { fields?: { blockType?: string } }) => n.fields?.blockType === 'progress',
      )
      expect(savedNode.fields.snapshot.sentence).toBe(ARTICLE_TALLY)
      expect((await page(`/tin-tuc/${PROGRESS_SLUG}`)).html).toContain(
        `<p class="progress-block__sentence">${ARTICLE_TALLY}.</p>`,
      )

      // A new block dated today freezes today's figures, and keeps them once the dossier moves again.
      const today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10)
      const created = await rest('POST', '/api/articles', {
        as: 'editor',
        body: {
          title: `Kiểm thử số liệu chốt ${Date.now()}`,
          body: {
            root: {
              type: 'root',
              format: '',
              indent: 0,
              version: 1,
              direction: 'ltr',
              children: [
                {
                  type: 'block',
                  format: '',
                  version: 2,
                  fields: {
                    id: 'kiem-thu-chot',
                    blockName: '',
                    blockType: 'progress',
                    year: 2022,
                    asOf: `${today}T00:00:00.000+07:00`,
                  },
                },
              ],
            },
          },
        },
      })
      expect(created.status, created.text).toBe(201)
      draftArticle = String(created.json.doc.id)
      const frozen = created.json.doc.body.root.children[0].fields.snapshot
      expect(frozen.tally).toMatchObject({ complete: 14, inadequate: 3 })
    } finally {
      // Back to approved, as the seed left it.
      // Unchanged since the return, so the officer answers the reason.
      for (const [who, action, answer] of [
        ['org-officer', 'resubmit', 'Đã giải trình'],
        ['reviewer', 'recommend'],
        ['approver', 'approve'],
      ] as const) {
        const res = await transition(who, action, answer)
        expect(res.status, `${action}: ${res.text}`).toBe(200)
      }
    }
    expect((await rest('GET', '/api/progress?year=2022')).json.tally).toMatchObject({ complete: 15, inadequate: 2 })
    const again = await rest('GET', `/api/articles/${draftArticle}?depth=0&draft=true`, { as: 'editor' })
    expect(again.json.body.root.children[0].fields.snapshot.tally).toMatchObject({ complete: 14, inadequate: 3 })
  })

  it('refuses a date after today, with a Vietnamese message', async () => {
    const res = await rest('POST', '/api/articles', {
      as: 'editor',
      body: {
        title: 'Kiểm thử ngày tương lai',
        body: {
          root: {
            type: 'root',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            children: [
              {
                type: 'block',
                format: '',
                version: 2,
                fields: {
                  id: 'tuong-lai',
                  blockName: '',
                  blockType: 'progress',
                  year: 2022,
                  asOf: '2099-01-01T00:00:00.000+07:00',
                },
              },
            ],
          },
        },
      },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('không được sau hôm nay')
  })
})

describe('the staff dashboard /admin/tien-do', () => {
  async function dashboard(as: As, query = '') {
    const headers: Record<string, string> = {}
    // A browser sends its cookie with Sec-Fetch-Site; Payload refuses a bare cookie from other clients.
    if (as) Object.assign(headers, { Cookie: (await login(as as never)).cookie, 'Sec-Fetch-Site': 'same-origin' })
    const res = await fetch(url(`/admin/tien-do${query}`), { headers, redirect: 'manual' })
    const html = (await res.text())
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
    return { status: res.status, html, location: res.headers.get('location') }
  }

  it('sends the public to the login page, showing no figures', async () => {
    const res = await dashboard(null, '?nam=2022')
    // The admin streams its pages, so the redirect may come inside the stream rather than as a 3xx.
    const redirected =
      (res.status >= 300 && res.status < 400 && res.location?.includes('/admin/login')) ||
      res.html.includes('NEXT_REDIRECT;replace;/admin/login')
    expect(redirected).toBe(true)
    expect(res.html).not.toContain('15/35')
    expect(leaks(res.html)).toEqual([])
  })

  it('shows a district board the organisations behind each number', async () => {
    const { status, html } = await dashboard('reviewer', '?nam=2022')
    expect(status).toBe(200)
    expect(html).toContain(`${ARTICLE_TALLY}.`)
    expect(html).toContain('Các tổ chức đứng sau từng con số')
    expect(html).toContain('Chi bộ Chi cục Thi hành án dân sự huyện')
    expect(html).toContain('Đảng bộ xã Nâm Nung')
    expect(html).not.toContain('Kiểm tra, giám sát và kỷ luật')
  })

  it('shows an officer their own organisation only, and the cells under it on request', async () => {
    const own = await dashboard('org-officer', '?nam=2022')
    expect(own.status).toBe(200)
    expect(own.html).toContain('Đảng bộ thị trấn Đắk Mâm')
    expect(own.html).not.toContain('Đảng bộ xã Buôn Choáh')
    const cells = await dashboard('org-officer', `?nam=2022&thuoc=${orgIds.DM}`)
    expect(cells.html).toContain('Chi bộ Tổ dân phố 3')
    expect(cells.html).toContain('chi bộ có đầy đủ hồ sơ')
  })

  it("shows the inspection committee the article's third section for its period", async () => {
    const { html } = await dashboard('inspector', '?tu=2018-01-01&den=2021-06-30')
    expect(html).toContain('Kiểm tra, giám sát và kỷ luật')
    expect(html).toContain(
      'Giai đoạn 2018 – 6/2021, ủy ban kiểm tra các cấp đã kiểm tra dấu hiệu vi phạm đối với 4 tập thể, 51 đảng viên',
    )
  })

  it('tells the newsroom it has nothing to see there', async () => {
    const { status, html } = await dashboard('editor')
    expect(status).toBe(200)
    expect(html).toContain('không có quyền xem số liệu')
    expect(leaks(html)).toEqual([])
  })
})
