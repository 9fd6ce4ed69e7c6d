import { beforeAll, describe, expect, it } from 'vitest'
import {
  api,
  completeContent,
  createCell,
  dossierIn,
  eventsOf,
  indicatorIds,
  message,
  pdfBytes,
  setupOtherOfficer,
  uploadForm,
} from '../helpers/dossiers'

/** Bad input gets a clear Vietnamese 4xx and changes nothing. */
let indicators: string[] = []
let other: { email: string; orgId: string }

/** Well formed for every adapter (a uuid column takes any text, MongoDB wants 24 hex digits), but in no catalogue. */
const UNKNOWN_ID = 'abcdef0123456789abcdef01'

const countOf = async (slug: string, where: string) =>
  (await api('admin', 'GET', `/api/${slug}?${where}&limit=0&depth=0`)).json.totalDocs as number

beforeAll(async () => {
  indicators = await indicatorIds()
  other = await setupOtherOfficer()
})

describe('indicators', () => {
  it('refuses a dossier that names indicators the catalogue does not have', async () => {
    const cell = await createCell('DM', 'biểu hiện lạ')
    const res = await api('org-officer', 'POST', '/api/dossiers', {
      organization: cell.id,
      year: 2023,
      identified: [{ indicator: indicators[0] }, { indicator: UNKNOWN_ID }],
    })
    expect(res.status).toBe(400)
    expect(message(res)).toContain('Không tìm thấy biểu hiện trong danh mục')
    expect(message(res)).toContain(UNKNOWN_ID)
    expect(await countOf('dossiers', `where[organization][equals]=${cell.id}`)).toBe(0)
  })

  it('refuses an unknown indicator added to an existing plan, leaving the plan as it was', async () => {
    const { id } = await dossierIn('draft')
    const before = (await api('admin', 'GET', `/api/dossiers/${id}?depth=0`)).json
    const res = await api('org-officer', 'PATCH', `/api/dossiers/${id}`, {
      planItems: [...before.planItems, { measure: 'Biện pháp mới', indicators: [UNKNOWN_ID] }],
    })
    expect(res.status).toBe(400)
    expect(message(res)).toContain('Không tìm thấy biểu hiện')
    const after = (await api('admin', 'GET', `/api/dossiers/${id}?depth=0`)).json
    expect(after.planItems.length).toBe(before.planItems.length)
  })

  it('refuses an evaluation of a measure the plan does not have', async () => {
    const { id } = await dossierIn('draft')
    const res = await api('org-officer', 'PATCH', `/api/dossiers/${id}`, {
      evaluations: [{ measure: 'BP-99', result: 'remedied' }],
    })
    expect(res.status).toBe(400)
    expect(message(res)).toContain('không có biện pháp “BP-99”')
    const ok = await api('org-officer', 'PATCH', `/api/dossiers/${id}`, {
      evaluations: [{ measure: 'BP-1', result: 'partly' }],
    })
    expect(ok.status, ok.text).toBe(200)
  })
})

describe('another organisation’s records', () => {
  it('refuses a plan item written into another organisation’s dossier', async () => {
    const theirs = await api('other-officer', 'POST', '/api/dossiers', {
      organization: other.orgId,
      year: 2024,
      ...completeContent(indicators),
    })
    expect(theirs.status, theirs.text).toBe(201)
    const id = theirs.json.doc.id
    const res = await api('org-officer', 'PATCH', `/api/dossiers/${id}`, {
      planItems: [{ measure: 'Chen vào hồ sơ đơn vị khác', indicators: [indicators[0]] }],
    })
    expect([403, 404]).toContain(res.status)
    expect(message(res)).not.toBe('')
    const after = (await api('admin', 'GET', `/api/dossiers/${id}?depth=0`)).json
    expect(after.planItems.map((p: { measure: string }) => p.measure)).not.toContain('Chen vào hồ sơ đơn vị khác')
  })

  it('refuses a dossier, member, commitment or file filed for an organisation the officer does not act for', async () => {
    const dossier = await api('org-officer', 'POST', '/api/dossiers', {
      organization: other.orgId,
      year: 2025,
      ...completeContent(indicators),
    })
    expect(dossier.status).toBe(403)
    expect(message(dossier)).toContain('tổ chức đảng mình phụ trách')
    const member = await api('org-officer', 'POST', '/api/members', { name: 'Người ngoài', organization: other.orgId })
    expect(member.status).toBe(403)

    const theirs = (
      await api('other-officer', 'POST', '/api/dossiers', {
        organization: other.orgId,
        year: 2026,
        ...completeContent(indicators),
      })
    ).json.doc.id
    const mine = await dossierIn('draft')
    const myMember = (
      await api('org-officer', 'POST', '/api/members', { name: 'Lê Văn Mình', organization: mine.cell.id })
    ).json.doc.id
    const commitment = await api('org-officer', 'POST', '/api/commitments', {
      dossier: theirs,
      member: myMember,
      commitment: 'Cam kết',
    })
    expect(commitment.status).toBe(403)
    const file = await api(
      'org-officer',
      'POST',
      '/api/dossier-files',
      uploadForm({ dossier: theirs, kind: 'other' }, pdfBytes(), 'x.pdf', 'application/pdf'),
    )
    expect(file.status).toBe(403)
    expect(await countOf('dossier-files', `where[dossier][equals]=${theirs}`)).toBe(0)
    expect(await countOf('commitments', `where[dossier][equals]=${theirs}`)).toBe(0)
  })

  it('refuses a commitment for a member of another organisation', async () => {
    const mine = await dossierIn('draft')
    const stranger = (
      await api('other-officer', 'POST', '/api/members', { name: 'Đảng viên nơi khác', organization: other.orgId })
    ).json.doc.id
    const res = await api('admin', 'POST', '/api/commitments', {
      dossier: mine.id,
      member: stranger,
      commitment: 'Cam kết',
    })
    expect(res.status).toBe(400)
    expect(message(res)).toContain('không sinh hoạt tại')
  })

  it('refuses a second dossier for the same organisation and year', async () => {
    const { cell } = await dossierIn('draft', { year: 2024 })
    const again = await api('org-officer', 'POST', '/api/dossiers', { organization: cell.id, year: 2024 })
    expect(again.status).toBe(409)
    expect(message(again)).toContain('đã có hồ sơ năm 2024')
    expect(await countOf('dossiers', `where[organization][equals]=${cell.id}`)).toBe(1)
  })

  it('refuses moving a dossier to another organisation or year', async () => {
    const { id } = await dossierIn('draft')
    const cell = await createCell('DM', 'chuyển')
    const move = await api('org-officer', 'PATCH', `/api/dossiers/${id}`, { organization: cell.id })
    expect(move.status).toBe(400)
    const year = await api('org-officer', 'PATCH', `/api/dossiers/${id}`, { year: 2099 })
    expect(year.status).toBe(400)
    expect((await api('admin', 'GET', `/api/dossiers/${id}?depth=0`)).json.year).toBe(2023)
  })
})

describe('uploads', () => {
  it('refuses an executable renamed .pdf', async () => {
    const { id } = await dossierIn('draft')
    const exe = new Uint8Array(4096)
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04])
    exe.set(new TextEncoder().encode('This program cannot be run in DOS mode.'), 0x4e)
    const res = await api(
      'org-officer',
      'POST',
      '/api/dossier-files',
      uploadForm({ dossier: id, kind: 'remedy-plan' }, exe, 'ke-hoach.pdf', 'application/pdf'),
    )
    expect(res.status).toBe(415)
    expect(message(res)).toContain('chương trình chạy được')
    expect(await countOf('dossier-files', `where[dossier][equals]=${id}`)).toBe(0)
  })

  it('refuses text posing as a PDF', async () => {
    const { id } = await dossierIn('draft')
    const res = await api(
      'org-officer',
      'POST',
      '/api/dossier-files',
      uploadForm(
        { dossier: id, kind: 'other' },
        new TextEncoder().encode('<html><script>alert(1)</script></html>'),
        'bien-ban.pdf',
        'application/pdf',
      ),
    )
    expect(res.status).toBe(415)
    expect(message(res)).toContain('không phải PDF hoặc ảnh')
    expect(await countOf('dossier-files', `where[dossier][equals]=${id}`)).toBe(0)
  })

  it('refuses a file over 10 MB with 413', async () => {
    const { id } = await dossierIn('draft')
    const big = new Uint8Array(11 * 1024 * 1024)
    big.set(pdfBytes())
    const res = await api(
      'org-officer',
      'POST',
      '/api/dossier-files',
      uploadForm({ dossier: id, kind: 'other' }, big, 'lon.pdf', 'application/pdf'),
    )
    expect(res.status).toBe(413)
    expect(message(res)).toContain('Tệp quá lớn')
    expect(await countOf('dossier-files', `where[dossier][equals]=${id}`)).toBe(0)
  })

  it('accepts a real PDF and serves it back', async () => {
    const { id } = await dossierIn('draft')
    const res = await api(
      'org-officer',
      'POST',
      '/api/dossier-files',
      uploadForm({ dossier: id, kind: 'remedy-plan' }, pdfBytes(), 'ke-hoach.pdf', 'application/pdf'),
    )
    expect(res.status, res.text).toBe(201)
    expect(res.json.doc.mimeType).toBe('application/pdf')
    const back = await api('org-officer', 'GET', new URL(res.json.doc.url, 'http://x').pathname)
    expect(back.status).toBe(200)
    expect(back.text.startsWith('%PDF-')).toBe(true)
  })
})

describe('transition requests', () => {
  it('refuses malformed remarks and over-long reasons without moving the dossier', async () => {
    const { id } = await dossierIn('submitted')
    const bad = [
      { action: 'return', reason: 'Thiếu', remarks: 'không phải đối tượng' },
      { action: 'return', reason: 'Thiếu', remarks: { unknownSection: 'x' } },
      { action: 'return', reason: 'x'.repeat(6000) },
      { action: 'return', reason: 42 },
    ]
    for (const body of bad) {
      const res = await api('reviewer', 'POST', `/api/dossiers/${id}/transition`, body)
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(message(res)).not.toBe('')
    }
    expect((await api('admin', 'GET', `/api/dossiers/${id}?depth=0`)).json.stage).toBe('submitted')
    expect((await eventsOf(id)).length).toBe(1)
    const good = await api('reviewer', 'POST', `/api/dossiers/${id}/transition`, {
      action: 'return',
      reason: 'Cần bổ sung',
      remarks: { plan: 'Biện pháp 2 chưa có thời hạn', attachments: 'Thiếu bản có chữ ký' },
    })
    expect(good.status, good.text).toBe(200)
    expect(good.json.doc.review.remarks).toMatchObject({
      plan: 'Biện pháp 2 chưa có thời hạn',
      attachments: 'Thiếu bản có chữ ký',
    })
    expect(good.json.event.remarks).toMatchObject({ plan: 'Biện pháp 2 chưa có thời hạn' })
  })

  it('refuses a transition of a dossier that does not exist', async () => {
    const res = await api('reviewer', 'POST', `/api/dossiers/${UNKNOWN_ID}/transition`, { action: 'recommend' })
    expect(res.status).toBe(404)
    expect(message(res)).toContain('Không tìm thấy hồ sơ')
  })
})
