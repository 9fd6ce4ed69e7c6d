import SwaggerParser from '@apidevtools/swagger-parser'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'
import { url } from '../helpers/env'
import { rest } from '../helpers/http'

type Column = { key: string; heading: string; description: string; type: string }
type Answer = {
  dataset: string
  year: number | null
  takenAt: string
  licence: { name: string; url: string }
  columns: Column[]
  rows: Record<string, string | number | null>[]
}

const DATASETS = [
  'tien-do-nam',
  'dien-bien-theo-thang',
  'cam-ket-dang-vien',
  'kiem-tra-ky-luat',
  'danh-muc-bieu-hien',
  'van-ban',
] as const

async function page(path: string): Promise<string> {
  const res = await fetch(url(path))
  expect(res.status, path).toBe(200)
  return (await res.text())
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/<!-- -->/g, '')
}

async function download(path: string): Promise<Response> {
  const res = await fetch(url(path))
  expect(res.status, `${path}: ${res.status}`).toBe(200)
  return res
}

/** The data table of a CSV or XLSX download: the rows under the header line, up to the blank line. */
function tableUnder(lines: string[][], headings: string[]): string[][] {
  const start = lines.findIndex((l) => l.join('\u0001') === headings.join('\u0001'))
  expect(start, `header ${headings.join(', ')}`).toBeGreaterThanOrEqual(0)
  const rows: string[][] = []
  for (const l of lines.slice(start + 1)) {
    if (l.every((c) => c === '')) break
    rows.push(l)
  }
  return rows
}

/** A CSV download's text, checked to start with the UTF-8 byte-order mark (which fetch's text() drops). */
async function csvText(res: Response): Promise<string> {
  const bytes = new Uint8Array(await res.arrayBuffer())
  expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf])
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3))
}

async function csvLines(text: string): Promise<string[][]> {
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data.map((r) => r.map((c) => c ?? ''))
}

async function xlsxLines(buffer: ArrayBuffer, sheet = 'Dữ liệu'): Promise<string[][]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(buffer)
  const ws = book.getWorksheet(sheet)
  expect(ws, `sheet ${sheet}`).toBeTruthy()
  const lines: string[][] = []
  ws!.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = []
    for (let i = 1; i <= Math.max(row.cellCount, 1); i++) {
      const v = row.getCell(i).value
      cells.push(v == null ? '' : String(v))
    }
    lines[row.number - 1] = cells
  })
  return Array.from(lines, (l) => l ?? [''])
}

/** Counts and words of each row, as text (dates are written differently per format). */
function comparable(columns: Column[], rows: (Record<string, unknown> | string[])[]): string[][] {
  const keep = columns.map((c, i) => ({ c, i })).filter(({ c }) => c.type !== 'date' && c.type !== 'datetime')
  return rows.map((r) => keep.map(({ c, i }) => (Array.isArray(r) ? String(r[i] ?? '') : String(r[c.key] ?? ''))))
}

/** One dataset in every form: the API answer, and the JSON, CSV and XLSX downloads, compared with each other. */
async function everyFormat(slug: string, year?: number) {
  const q = year ? `nam=${year}&` : ''
  const api = await rest<Answer>('GET', `/api/open-data/${slug}${year ? `?nam=${year}` : ''}`)
  expect(api.status, api.text).toBe(200)
  const json = (await (await download(`/api/open-data/${slug}?${q}dinh-dang=json`)).json()) as Answer
  const csvRes = await download(`/api/open-data/${slug}?${q}dinh-dang=csv`)
  expect(csvRes.headers.get('content-type')).toContain('text/csv')
  expect(csvRes.headers.get('content-disposition')).toContain(`${slug}`)
  const csv = await csvText(csvRes)
  const xlsxRes = await download(`/api/open-data/${slug}?${q}dinh-dang=xlsx`)
  const xlsx = await xlsxRes.arrayBuffer()
  const { columns, rows } = api.json
  const headings = columns.map((c) => c.heading)
  const csvRows = tableUnder(await csvLines(csv), headings)
  const xlsxRows = tableUnder(await xlsxLines(xlsx), headings)
  const expected = comparable(columns, rows)
  expect(comparable(columns, json.rows)).toEqual(expected)
  expect(comparable(columns, csvRows)).toEqual(expected)
  expect(comparable(columns, xlsxRows)).toEqual(expected)
  return { api: api.json, csvText: csv, xlsx, rows }
}

const num = (v: unknown) => (typeof v === 'number' ? v : String(v))

describe('open data downloads equal what the public pages show', () => {
  it('the year’s tally (tien-do-nam) for 2022: 15 complete of 35, as on /tien-do', async () => {
    const { rows, api } = await everyFormat('tien-do-nam', 2022)
    const html = await page('/tien-do?nam=2022')
    const cards = Object.fromEntries(
      [...html.matchAll(/figure-card--(\w+)"><strong>(\d+)<\/strong>/g)].map((m) => [m[1], Number(m[2])]),
    )
    expect(Object.keys(cards)).toHaveLength(5)
    for (const [state, n] of Object.entries(cards))
      expect(rows.find((r) => r.state === state)?.organizations, state).toBe(n)
    const total = Number(/<tfoot><tr><th scope="row">Tổng số<\/th><td>(\d+)<\/td>/.exec(html)?.[1])
    expect(rows.find((r) => r.state === 'total')?.organizations).toBe(total)
    expect(rows.find((r) => r.state === 'complete')?.organizations).toBe(15)
    expect(total).toBe(35)
    expect(api.year).toBe(2022)
    expect(api.licence.name).toBe('CC BY 4.0')
    expect(Number.isNaN(Date.parse(api.takenAt))).toBe(false)
    // The page offers the three downloads beside the figures.
    for (const f of ['csv', 'xlsx', 'json'])
      expect(html).toContain(`href="/api/open-data/tien-do-nam?nam=2022&dinh-dang=${f}"`)
  })

  it('month by month (dien-bien-theo-thang), as the timeline table on /tien-do', async () => {
    const { rows } = await everyFormat('dien-bien-theo-thang', 2022)
    const html = await page('/tien-do?nam=2022')
    const section = html.slice(html.indexOf('id="dien-bien"'), html.indexOf('id="cam-ket"'))
    const pageRows = [...section.matchAll(/<th scope="row">(\d{1,2})\/(\d{4})<\/th>((?:<td>\d+<\/td>){6})/g)].map(
      (m) => ({
        month: `${m[2]}-${m[1].padStart(2, '0')}`,
        counts: [...m[3].matchAll(/<td>(\d+)<\/td>/g)].map((x) => Number(x[1])),
      }),
    )
    expect(pageRows.length).toBeGreaterThanOrEqual(12)
    expect(
      rows.map((r) => ({ month: r.month, counts: [r.complete, r.inadequate, r.inReview, r.none, r.new, r.total] })),
    ).toEqual(pageRows)
  })

  it('member commitments (cam-ket-dang-vien), as the figures on /tien-do', async () => {
    const { rows } = await everyFormat('cam-ket-dang-vien', 2022)
    const html = await page('/tien-do?nam=2022')
    const section = html.slice(html.indexOf('id="cam-ket"'), html.indexOf('id="kiem-tra"'))
    const cards = [...section.matchAll(/<li class="figure-card"><strong>(.+?)<\/strong><span>(.+?)<\/span>/g)]
    expect(cards).toHaveLength(5)
    for (const [, n, label] of cards) expect(String(rows.find((r) => r.label === label)?.members), label).toBe(n)
    const members = rows.find((r) => r.item === 'members')!.members
    const filed = rows.find((r) => r.item === 'filed')!.members
    expect(section).toContain(`${filed}/${members} đảng viên có phiếu cam kết`)
  })

  it('published inspection and discipline tallies (kiem-tra-ky-luat), member counts of 1–2 written “<3” on the page and in the files', async () => {
    const { rows, csvText } = await everyFormat('kiem-tra-ky-luat')
    const html = await page('/tien-do')
    const breakdown = rows.filter((r) => r.section !== 'Tổng hợp')
    expect(breakdown.length).toBeGreaterThan(0)
    for (const r of breakdown)
      expect(html, `${r.section} ${r.item}`).toContain(
        `<th scope="row">${r.item}</th><td>${r.organizations}</td><td>${r.members}</td>`,
      )
    const totals = rows.filter((r) => r.section === 'Tổng hợp')
    expect(totals.map((r) => [r.organizations, r.members])).toEqual([
      [4, 51],
      [2, 104],
      [2, 8],
    ])
    expect(html).toContain('<strong>2</strong> tổ chức đảng và <strong>104</strong> đảng viên bị thi hành kỷ luật')
    // One member's violation of political ideology is in the seed: never published as "1".
    const ideology = rows.find(
      (r) => r.section === 'Liên quan biểu hiện suy thoái, theo lĩnh vực' && r.item === 'Tư tưởng chính trị',
    )
    expect(ideology?.members).toBe('<3')
    expect(csvText).toContain('Tư tưởng chính trị,0,<3')
    // 8 members in all, 7 of them for ethics and lifestyle: the 7 is hidden too, or the 1 would follow.
    const ethics = rows.find(
      (r) => r.section === 'Liên quan biểu hiện suy thoái, theo lĩnh vực' && r.item === 'Đạo đức, lối sống',
    )
    expect(ethics?.members).toBe('x')
    for (const r of rows)
      if (typeof r.members === 'number') expect(r.members === 0 || r.members >= 3, `${r.item}: ${r.members}`).toBe(true)
  })

  it('the indicator catalogue (danh-muc-bieu-hien), every indicator on /bieu-hien', async () => {
    const { rows } = await everyFormat('danh-muc-bieu-hien')
    const html = await page('/bieu-hien')
    const total = Number(/(\d+) biểu hiện trong \d+ nhóm/.exec(html)?.[1])
    expect(total).toBeGreaterThan(0)
    expect(rows).toHaveLength(total)
    for (const r of rows) expect(html).toContain(`<span class="code">${r.code}</span>`)
  })

  it('the guidance documents list (van-ban), the public documents of /van-ban', async () => {
    const { rows } = await everyFormat('van-ban')
    const html = await page('/van-ban')
    const total = Number(/(\d+) văn bản<\/p>/.exec(html)?.[1])
    expect(rows).toHaveLength(total)
    const internal = await rest('GET', '/api/guidance-documents?where[visibility][equals]=internal&limit=100&depth=0', {
      as: 'admin',
    })
    const numbers = new Set(rows.map((r) => r.number))
    for (const d of internal.json.docs) if (d.number) expect(numbers.has(d.number), `internal ${d.number}`).toBe(false)
  })
})

describe('no restricted record leaves through open data', () => {
  const secrets: string[] = []
  beforeAll(async () => {
    const read = async (collection: string, fields: string[]) => {
      const res = await rest('GET', `/api/${collection}?limit=1000&depth=0`, { as: 'admin' })
      expect(res.status, collection).toBe(200)
      for (const d of res.json.docs) {
        // The district committee itself is a public body, named as the issuer of documents.
        if (collection === 'organizations' && d.kind === 'district') continue
        secrets.push(String(d.id))
        for (const f of fields) if (typeof d[f] === 'string' && d[f].length >= 6) secrets.push(d[f])
      }
    }
    await read('organizations', ['name'])
    await read('members', ['name'])
    await read('dossiers', ['title'])
    await read('commitments', ['title', 'commitment'])
    await read('inspections', ['title', 'conclusion', 'decisionNumber'])
    await read('disciplinary-actions', ['title', 'decisionNumber', 'note'])
    await read('dossier-events', ['summary', 'note'])
    expect(secrets.length).toBeGreaterThan(100)
  })

  it('in any dataset, format or year, nor in the list of datasets', async () => {
    const bodies: Array<[string, string]> = [['/api/open-data', (await rest('GET', '/api/open-data')).text]]
    for (const slug of DATASETS) {
      for (const q of ['', '?nam=2022']) {
        if (slug === 'danh-muc-bieu-hien' && q) continue
        const path = `/api/open-data/${slug}${q}`
        bodies.push([path, (await rest('GET', path)).text])
        bodies.push([`${path} csv`, await csvText(await download(`${path}${q ? '&' : '?'}dinh-dang=csv`))])
        const xlsx = await xlsxLines(await (await download(`${path}${q ? '&' : '?'}dinh-dang=xlsx`)).arrayBuffer())
        bodies.push([`${path} xlsx`, xlsx.map((l) => l.join('\t')).join('\n')])
      }
    }
    for (const [path, body] of bodies) {
      const leaked = secrets.filter((s) => body.includes(s))
      expect(leaked, path).toEqual([])
    }
  })
})

describe('the open data API', () => {
  it('is described by an OpenAPI 3 file that validates and names every dataset', async () => {
    const res = await rest('GET', '/api/open-data/openapi.json')
    expect(res.status).toBe(200)
    const doc = res.json
    expect(doc.openapi).toMatch(/^3\./)
    await SwaggerParser.validate(structuredClone(doc))
    for (const slug of DATASETS) expect(Object.keys(doc.paths)).toContain(`/api/open-data/${slug}`)
    // Every key of every answer is described.
    for (const slug of DATASETS) {
      const answer = (await rest<Answer>('GET', `/api/open-data/${slug}`)).json
      const schema = Object.entries(doc.components.schemas).find(
        ([, s]) => (s as { properties?: { dataset?: { enum?: string[] } } }).properties?.dataset?.enum?.[0] === slug,
      )
      expect(schema, slug).toBeTruthy()
      const rowRef = (schema![1] as { properties: { rows: { items: { $ref: string } } } }).properties.rows.items.$ref
        .split('/')
        .pop()!
      const described = Object.keys(doc.components.schemas[rowRef].properties)
      for (const row of answer.rows) for (const k of Object.keys(row)) expect(described, `${slug}.${k}`).toContain(k)
    }
  })

  it('refuses bad parameters with 400 and a Vietnamese message', async () => {
    const cases: Array<[string, number, string]> = [
      ['/api/open-data/tien-do-nam?nam=abc', 400, 'Năm'],
      ['/api/open-data/tien-do-nam?nam=20222', 400, 'Năm'],
      ['/api/open-data/tien-do-nam?dinh-dang=pdf', 400, 'Định dạng'],
      ['/api/open-data/danh-muc-bieu-hien?nam=2022', 400, 'không chia theo năm'],
      ['/api/open-data/van-ban?trang=2', 400, 'Tham số không hỗ trợ'],
      ['/api/open-data/tien-do-nam?nam=2030', 404, 'Không có số liệu năm 2030'],
      ['/api/open-data/tien-do-nam?nam=1999', 400, 'Năm phải trong khoảng'],
      ['/api/open-data/ho-so', 404, 'Không có bộ dữ liệu'],
    ]
    for (const [path, status, message] of cases) {
      const res = await rest('GET', path)
      expect(res.status, path).toBe(status)
      expect(res.json.errors[0].message, path).toContain(message)
    }
  })

  it('lists every dataset, and /du-lieu-mo describes each with its columns, formats and an example call', async () => {
    const list = await rest('GET', '/api/open-data')
    expect(list.json.datasets.map((d: { slug: string }) => d.slug)).toEqual([...DATASETS])
    const html = await page('/du-lieu-mo')
    for (const d of list.json.datasets as Array<{ slug: string; columns: Column[] }>) {
      expect(html).toContain(`id="${d.slug}"`)
      for (const c of d.columns) expect(html).toContain(c.description)
      expect(html).toMatch(new RegExp(`curl '[^']*/api/open-data/${d.slug}`))
      expect(html).toContain(`/api/open-data/${d.slug}`)
    }
    expect(html).toContain('CC BY 4.0')
  })

  it('writes text that a spreadsheet would run as a formula as plain text', async () => {
    const title = '=HYPERLINK("http://example.invalid","Bấm vào đây")'
    const created = await rest('POST', '/api/guidance-documents', {
      as: 'editor',
      body: {
        title,
        number: '+99-KH/HU',
        type: 'ke-hoach',
        issuer: '@Huyện ủy',
        issuedAt: '2031-03-01T00:00:00.000Z',
        status: 'in-force',
        visibility: 'public',
        _status: 'published',
      },
    })
    expect(created.status, created.text).toBe(201)
    try {
      const csv = await csvText(await download('/api/open-data/van-ban?nam=2031&dinh-dang=csv'))
      const rows = tableUnder(await csvLines(csv), [
        'Số hiệu',
        'Trích yếu',
        'Loại văn bản',
        'Cơ quan ban hành',
        'Ngày ban hành',
        'Ngày hiệu lực',
        'Tình trạng',
        'Địa chỉ',
      ])
      expect(rows).toHaveLength(1)
      expect(rows[0].slice(0, 4)).toEqual([`'+99-KH/HU`, `'${title}`, 'Kế hoạch', `'@Huyện ủy`])
      const xlsx = tableUnder(
        await xlsxLines(await (await download('/api/open-data/van-ban?nam=2031&dinh-dang=xlsx')).arrayBuffer()),
        [
          'Số hiệu',
          'Trích yếu',
          'Loại văn bản',
          'Cơ quan ban hành',
          'Ngày ban hành',
          'Ngày hiệu lực',
          'Tình trạng',
          'Địa chỉ',
        ],
      )
      expect(xlsx[0][1]).toBe(`'${title}`)
      // JSON keeps the text as it is.
      expect((await rest('GET', '/api/open-data/van-ban?nam=2031')).json.rows[0].title).toBe(title)
    } finally {
      await rest('DELETE', `/api/guidance-documents/${created.json.doc.id}`, { as: 'editor' })
    }
  })

  it('describes each column, the date taken and the licence in the CSV and XLSX files', async () => {
    const csv = await csvText(await download('/api/open-data/tien-do-nam?nam=2022&dinh-dang=csv'))
    expect(csv).toContain('Số liệu lấy lúc')
    expect(csv).toContain('Giấy phép: CC BY 4.0')
    const described = tableUnder(await csvLines(csv), ['Cột', 'Ý nghĩa'])
    expect(described.map((r) => r[0])).toEqual(['Mã tình trạng', 'Tình trạng', 'Số TCCS đảng', 'Tỷ lệ (%)'])
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await (await download('/api/open-data/tien-do-nam?nam=2022&dinh-dang=xlsx')).arrayBuffer())
    expect(book.worksheets.map((w) => w.name)).toEqual(['Dữ liệu', 'Mô tả cột'])
    expect(String(book.getWorksheet('Dữ liệu')!.getCell('A4').value)).toContain('CC BY 4.0')
    expect(num(book.getWorksheet('Mô tả cột')!.getCell('B2').value)).toContain('complete')
  })
})
