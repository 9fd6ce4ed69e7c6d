import { describe, expect, it } from 'vitest'
import { url } from '../helpers/env'
import { graphql, login, rest } from '../helpers/http'

/** A page as the public sees it: status and its text without tags or React's comment markers. */
async function page(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(url(path), { headers, redirect: 'manual' })
  const html = await res.text()
  const text = html
    .replace(/<!-- -->/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
  return { status: res.status, html, text }
}

const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** A minimal valid PDF, as an editor would upload it. */
function pdf(text: string): Blob {
  const stream = `BT /F1 12 Tf 56 780 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new Blob([out], { type: 'application/pdf' })
}

async function uploadFile(name: string, blob: Blob) {
  const form = new FormData()
  form.append('file', blob, name)
  form.append('_payload', JSON.stringify({ title: name }))
  return rest('POST', '/api/document-files', { as: 'editor', body: form })
}

type DocInput = Record<string, unknown>
async function createDocument(data: DocInput) {
  const res = await rest('POST', '/api/guidance-documents', {
    as: 'editor',
    body: {
      type: 'cong-van',
      issuer: 'Văn phòng Huyện ủy (kiểm thử)',
      issuedAt: '2024-03-05T00:00:00.000+07:00',
      visibility: 'public',
      _status: 'published',
      ...data,
    },
  })
  expect(res.status, res.text).toBe(201)
  return res.json.doc as { id: string; slug: string; title: string }
}

describe('guidance documents', () => {
  it('keeps a withdrawn document readable, with its public reason in a banner', async () => {
    const title = unique('Công văn đã thu hồi ')
    const refused = await rest('POST', '/api/guidance-documents', {
      as: 'editor',
      body: {
        title,
        number: unique('TH-'),
        type: 'cong-van',
        issuer: 'Văn phòng Huyện ủy',
        issuedAt: '2024-01-02T00:00:00.000Z',
        status: 'withdrawn',
        visibility: 'public',
        _status: 'published',
      },
    })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('cần ghi lý do thu hồi')

    const reason = 'Nội dung đã được đưa vào Hướng dẫn số 436-HD/BTGHU.'
    const doc = await createDocument({ title, number: unique('TH-'), status: 'withdrawn', withdrawalReason: reason })
    const { status, html, text } = await page(`/van-ban/${doc.slug}`)
    expect(status).toBe(200)
    expect(text).toContain(title)
    expect(text).toContain(`Văn bản này đã bị thu hồi. Lý do: ${reason}`)
    expect(html).toMatch(/<span class="badge badge--withdrawn">Đã thu hồi<\/span>/)
    const listed = await page('/van-ban?tinh-trang=withdrawn')
    expect(listed.text).toContain(title)
    expect((await page('/van-ban?tinh-trang=in-force')).text).not.toContain(title)
  })

  it('hides an internal document and its file from the public through every door, and shows them to staff', async () => {
    const word = unique('noibo')
    const filename = `${word}.pdf`
    const upload = await uploadFile(filename, pdf('Internal'))
    expect(upload.status, upload.text).toBe(201)
    const file = upload.json.doc as { id: string; url: string; filename: string }
    // A file attached to nothing yet is staff-only already.
    expect((await fetch(url(`/api/document-files/file/${file.filename}`))).status).toBe(403)

    const title = `Công văn nội bộ ${word}`
    const doc = await createDocument({
      title,
      number: `${word}-CV/HU`,
      visibility: 'internal',
      summary: `Tóm tắt ${word}`,
      attachments: [{ file: file.id, kind: 'main' }],
    })

    // REST, list and by id, published and draft readings.
    const list = await rest('GET', `/api/guidance-documents?limit=200&depth=0`)
    expect(list.status).toBe(200)
    expect(list.json.docs.map((d: { id: string }) => d.id)).not.toContain(doc.id)
    expect(
      (await rest('GET', `/api/guidance-documents?limit=200&draft=true`)).json.docs.map((d: { id: string }) => d.id),
    ).not.toContain(doc.id)
    expect([403, 404]).toContain((await rest('GET', `/api/guidance-documents/${doc.id}`)).status)
    expect(
      (await rest('GET', `/api/document-files?limit=200`)).json.docs.map((d: { id: string }) => d.id),
    ).not.toContain(file.id)
    expect([403, 404]).toContain((await rest('GET', `/api/document-files/${file.id}`)).status)
    expect((await rest('GET', `/api/guidance-documents/versions?limit=5`)).status).toBe(403)
    // GraphQL.
    const gql = await graphql<{
      GuidanceDocuments: { docs: { id: string }[] }
      DocumentFiles: { docs: { id: string }[] }
    }>('{ GuidanceDocuments(limit: 200) { docs { id } } DocumentFiles(limit: 200) { docs { id } } }')
    expect(gql.json.data?.GuidanceDocuments.docs.map((d) => d.id)).not.toContain(doc.id)
    expect(gql.json.data?.DocumentFiles.docs.map((d) => d.id)).not.toContain(file.id)
    const byId = await graphql(`{ GuidanceDocument(id: "${doc.id}") { title } }`)
    expect(byId.json.data?.GuidanceDocument ?? null).toBeNull()
    // Pages, file URL, search and the search index.
    expect((await page(`/van-ban/${doc.slug}`)).status).toBe(404)
    expect((await page('/van-ban?loai=cong-van')).text).not.toContain(title)
    expect((await fetch(url(`/api/document-files/file/${file.filename}`))).status).toBe(403)
    expect((await page(`/tim-kiem?q=${word}`)).text).toContain(`Không tìm thấy kết quả nào cho “${word}”`)
    const entries = await rest('GET', `/api/search-entries?where[words][contains]=${word}`)
    expect(entries.json.totalDocs ?? 0).toBe(0)

    // Staff of any role read it, on the site and the file.
    const officer = await login('org-officer')
    const asStaff = { Cookie: officer.cookie, 'Sec-Fetch-Site': 'same-origin' }
    const staffPage = await page(`/van-ban/${doc.slug}`, asStaff)
    expect(staffPage.status).toBe(200)
    expect(staffPage.text).toContain('Văn bản nội bộ: chỉ cán bộ đăng nhập mới xem được.')
    const staffFile = await fetch(url(`/api/document-files/file/${file.filename}`), { headers: asStaff })
    expect(staffFile.status).toBe(200)
    expect((await staffFile.text()).startsWith('%PDF')).toBe(true)

    // Made public, the document, its file and its search entry appear; made internal again, they go.
    expect(
      (await rest('PATCH', `/api/guidance-documents/${doc.id}`, { as: 'editor', body: { visibility: 'public' } }))
        .status,
    ).toBe(200)
    expect((await fetch(url(`/api/document-files/file/${file.filename}`))).status).toBe(200)
    expect((await page(`/van-ban/${doc.slug}`)).status).toBe(200)
    expect((await page(`/tim-kiem?q=${word}`)).text).toContain(title)
    expect(
      (await rest('PATCH', `/api/guidance-documents/${doc.id}`, { as: 'editor', body: { visibility: 'internal' } }))
        .status,
    ).toBe(200)
    expect((await fetch(url(`/api/document-files/file/${file.filename}`))).status).toBe(403)
    expect((await page(`/tim-kiem?q=${word}`)).text).not.toContain(title)
  })

  it('keeps drafts off the site and out of search', async () => {
    const word = unique('duthao')
    const res = await rest('POST', '/api/guidance-documents?draft=true', {
      as: 'editor',
      body: {
        title: `Dự thảo ${word}`,
        number: `${word}-DT`,
        type: 'ke-hoach',
        issuer: 'Ban Thường vụ Huyện ủy',
        issuedAt: '2024-05-01T00:00:00.000Z',
        visibility: 'public',
        _status: 'draft',
      },
    })
    expect(res.status, res.text).toBe(201)
    expect((await page(`/van-ban/${res.json.doc.slug}`)).status).toBe(404)
    expect((await rest('GET', `/api/guidance-documents/${res.json.doc.id}`)).status).toBe(404)
    expect((await page(`/tim-kiem?q=${word}`)).text).toContain('Không tìm thấy kết quả nào')
  })

  it('accepts only PDF and DOCX attachments, with a Vietnamese reason', async () => {
    const res = await uploadFile('ghi-chu.txt', new Blob(['chỉ là chữ'], { type: 'text/plain' }))
    expect(res.status).toBe(400)
    expect(res.text).toContain('chỉ nhận tệp PDF (.pdf) hoặc Word (.docx)')
    const fake = await uploadFile('gia-mao.pdf', new Blob(['không phải PDF'], { type: 'application/pdf' }))
    expect(fake.status).toBe(400)
    expect(fake.text).toContain('không phải tệp PDF hợp lệ')
    expect((await rest('POST', '/api/document-files', { body: new FormData() })).status).toBe(403)
  })

  it('filters the list by type and year with plain links, and lists the articles that cite a document', async () => {
    const filtered = await page('/van-ban?loai=ke-hoach&nam=2018')
    expect(filtered.status).toBe(200)
    expect(filtered.text).toContain('Kế hoạch số 73-KH/HU')
    expect(filtered.text).not.toContain('Nghị quyết số 04-NQ/TW')
    expect(filtered.text).toContain('1 văn bản')
    // Unknown filter values are ignored rather than failing.
    expect((await page('/van-ban?loai=khong-co&nam=abc&trang=-1')).status).toBe(200)
    const plan = await page('/van-ban/ke-hoach-73-kh-hu-2018')
    expect(plan.text).toContain('Bài viết nhắc đến văn bản này')
    expect(plan.text).toContain('Krông Nô linh hoạt triển khai thực hiện Ðề án 05 (kỳ 2)')
    expect(plan.html).toMatch(/href="[^"]*\/api\/document-files\/file\/ke-hoach-73-kh-hu[^"]*\.pdf" download=/)
    const form = await page('/van-ban/bieu-mau-bm-01-2021')
    expect(form.text).toContain('Tải mẫu: Mẫu BM-01 (Word)')
    expect((await page('/van-ban/khong-co-van-ban-nay')).status).toBe(404)
  })
})

describe('the indicator catalogue', () => {
  it('shows three groups of nine base indicators and the specific ones under them', async () => {
    const { status, html, text } = await page('/bieu-hien')
    expect(status).toBe(200)
    for (const name of [
      'Suy thoái về tư tưởng chính trị',
      'Suy thoái về đạo đức, lối sống',
      'Biểu hiện “tự diễn biến”, “tự chuyển hóa”',
    ])
      expect(text).toContain(name)
    const codes = [...html.matchAll(/<span class="code">([A-Z0-9.-]+)<\/span>/g)].map((m) => m[1])
    expect(codes.filter((c) => /^[A-Z]+-\d\d$/.test(c))).toHaveLength(27)
    expect(codes).toContain('TT-02.01')
    const one = await page('/bieu-hien/tt-02')
    expect(one.status).toBe(200)
    expect(one.text).toContain('Gợi ý khắc phục')
    expect(one.text).toContain('TT-02.01')
    expect(one.text).toContain('Nghị quyết số 04-NQ/TW')
    expect((await page('/bieu-hien/TT-02.01')).text).toContain('Biểu hiện cụ thể của TT-02')
    expect((await page('/bieu-hien/xx-99')).status).toBe(404)
    expect((await page('/bieu-hien/%3Cscript%3E')).status).toBe(404)
  })

  it('rejects an import with a bad row, says which row and why, and leaves the catalogue unchanged', async () => {
    const before = await rest('GET', '/api/indicators/export?format=json')
    expect(before.status).toBe(200)
    const code = `TT-01.${Math.floor(Math.random() * 80) + 20}`
    const csv = [
      'Mã nhóm,Mã biểu hiện,Mã biểu hiện gốc,Tên biểu hiện,Số văn bản ban hành',
      `TT,${code},TT-01,Biểu hiện hợp lệ,436-HD/BTGHU`,
      'TT,TT-09.01,TT-99,Biểu hiện có gốc không tồn tại,',
      'DD,DD-01.05,DD-01,,',
    ].join('\n')
    const form = new FormData()
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'danh-muc.csv')
    const res = await rest('POST', '/api/indicators/import', { as: 'editor', body: form })
    expect(res.status).toBe(422)
    expect(res.json.report.accepted).toEqual([{ ref: 'Dòng 2', code }])
    expect(res.json.report.rejected).toEqual([
      { ref: 'Dòng 3', code: 'TT-09.01', reasons: ['Không có biểu hiện gốc mã TT-99 trong tệp hay trong danh mục.'] },
      { ref: 'Dòng 4', code: 'DD-01.05', reasons: ['Thiếu "Tên biểu hiện".'] },
    ])
    expect(res.json.message).toContain('Dòng 3')
    const after = await rest('GET', '/api/indicators/export?format=json')
    expect(after.text).toBe(before.text)
    expect((await rest('GET', `/api/indicators?where[code][equals]=${code}`)).json.totalDocs).toBe(0)

    // The public may not import; a clean file goes in whole.
    expect((await rest('POST', '/api/indicators/import', { body: { format: 'csv', content: csv } })).status).toBe(403)
    const good = await rest('POST', '/api/indicators/import', {
      as: 'editor',
      body: {
        format: 'json',
        content: JSON.stringify({
          indicators: [{ code, group: 'TT', parent: 'TT-01', title: `Biểu hiện nhập từ JSON ${code}` }],
        }),
      },
    })
    expect(good.status, good.text).toBe(200)
    expect(good.json.counts).toMatchObject({ created: 1, updated: 0 })
    expect((await page(`/bieu-hien/${code.toLowerCase()}`)).text).toContain(`Biểu hiện nhập từ JSON ${code}`)
    const csvOut = await rest('GET', '/api/indicators/export?format=csv')
    expect(csvOut.headers.get('content-type')).toContain('text/csv')
    expect(csvOut.text).toContain(`TT,Suy thoái về tư tưởng chính trị`)
    expect(csvOut.text).toContain(`${code},TT-01,Biểu hiện nhập từ JSON ${code}`)
  })
})
