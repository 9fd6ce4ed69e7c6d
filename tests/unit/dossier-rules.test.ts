import { describe, expect, it } from 'vitest'
import { checkRestrictedUpload, sniffFileType } from '@/uploads/sniff'
import {
  assignPlanCodes,
  deadlineOf,
  evaluationProblems,
  isNewlyEstablished,
  organizationsToRemind,
  referencedIndicators,
  reminderMail,
  reminderPhase,
  transitionMail,
  uncoveredShortcomings,
  type DeadlineSettings,
} from '@/workflow'
import { vietnamDay } from '@/vietnamese'

describe('plan codes and evaluations', () => {
  it('numbers new measures after the highest code and never renumbers existing ones', () => {
    const out = assignPlanCodes([{ code: 'BP-3' }, { code: null }, { code: 'BP-1' }, { code: 'BP-1' }, {}])
    expect(out.map((p) => p.code)).toEqual(['BP-3', 'BP-4', 'BP-1', 'BP-5', 'BP-6'])
  })

  it('refuses evaluations of measures that are not in the plan, or evaluated twice', () => {
    const plan = [{ code: 'BP-1' }, { code: 'BP-2' }]
    expect(evaluationProblems(plan, [{ measure: 'BP-1' }, { measure: ' BP-2 ' }])).toEqual([])
    expect(
      evaluationProblems(plan, [{ measure: 'BP-7' }, { measure: 'BP-1' }, { measure: 'BP-1' }]).map((p) => p.message),
    ).toEqual([
      'Dòng đánh giá số 1: không có biện pháp “BP-7” trong kế hoạch khắc phục.',
      'Biện pháp BP-1 được đánh giá hai lần.',
    ])
  })

  it('collects every indicator a dossier mentions, once', () => {
    expect(
      referencedIndicators({
        identified: [{ indicator: 'a' }, { indicator: { id: 'b' } }],
        planItems: [{ indicators: ['a', 'c'] }],
        shortcomings: [{ indicators: ['d', 'a'] }],
      }),
    ).toEqual(['a', 'b', 'c', 'd'])
  })

  it('lists the shortcomings still to cross-check, for the reviewer side by side', () => {
    const out = uncoveredShortcomings({
      identified: [{ indicator: 'a' }],
      shortcomings: [
        { text: 'đã đối chiếu', indicators: ['a'] },
        { text: 'chưa gắn', source: 'Phiếu số 3' },
        { text: 'gắn sai', indicators: ['a', 'z'] },
      ],
    })
    expect(out).toEqual([
      { row: 2, text: 'chưa gắn', source: 'Phiếu số 3', reason: 'unmapped', indicators: [] },
      { row: 3, text: 'gắn sai', source: '', reason: 'not-identified', indicators: ['z'] },
    ])
  })
})

describe('uploads are judged by content', () => {
  const pdf = new TextEncoder().encode('%PDF-1.4\n')
  const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00])
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])
  const opts = { maxBytes: 10 * 1024 * 1024, allowed: ['application/pdf', 'image/png', 'image/jpeg'] as const }

  it('recognises PDF and images, nothing else', () => {
    expect(sniffFileType(pdf)).toBe('application/pdf')
    expect(sniffFileType(png)).toBe('image/png')
    expect(sniffFileType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
    expect(sniffFileType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp')
    expect(sniffFileType(new TextEncoder().encode('<html>'))).toBeNull()
  })

  it('refuses an executable whatever its name, with 415', () => {
    const v = checkRestrictedUpload({ size: 4, head: exe }, { ...opts, allowed: [...opts.allowed] })
    expect(v).toMatchObject({ ok: false, status: 415 })
    if (!v.ok) expect(v.message).toContain('chương trình')
  })

  it('refuses text posing as a document, and a file over the limit with 413', () => {
    expect(
      checkRestrictedUpload(
        { size: 6, head: new TextEncoder().encode('hello!') },
        { ...opts, allowed: [...opts.allowed] },
      ),
    ).toMatchObject({ ok: false, status: 415 })
    const big = checkRestrictedUpload({ size: 11 * 1024 * 1024, head: pdf }, { ...opts, allowed: [...opts.allowed] })
    expect(big).toMatchObject({ ok: false, status: 413 })
    if (!big.ok) expect(big.message).toBe('Tệp quá lớn (11 MB). Dung lượng tối đa là 10 MB.')
    expect(
      checkRestrictedUpload({ size: 10 * 1024 * 1024, head: pdf }, { ...opts, allowed: [...opts.allowed] }),
    ).toEqual({ ok: true, type: 'application/pdf' })
  })
})

describe('deadline reminders', () => {
  const s: DeadlineSettings = { deadlineDay: 15, deadlineMonth: 12, reminderDaysBefore: 14, newOrganizationMonths: 6 }

  it('reads days in Vietnam time, whatever the server zone', () => {
    expect(vietnamDay('2022-11-30T18:00:00Z')).toBe('2022-12-01')
    expect(vietnamDay('2022-11-30T16:59:00Z')).toBe('2022-11-30')
  })

  it('clamps the deadline into the month', () => {
    expect(deadlineOf(2022, s)).toBe('2022-12-15')
    expect(deadlineOf(2023, { deadlineDay: 31, deadlineMonth: 2 })).toBe('2023-02-28')
  })

  it('starts reminding the set number of days before, and keeps reminding once overdue', () => {
    expect(reminderPhase('2022-11-30', 2022, s)).toBe('too-early')
    expect(reminderPhase('2022-12-01', 2022, s)).toBe('due-soon')
    expect(reminderPhase('2022-12-15', 2022, s)).toBe('due-soon')
    expect(reminderPhase('2022-12-16', 2022, s)).toBe('overdue')
  })

  it('exempts organisations established within the set months before the deadline', () => {
    expect(isNewlyEstablished({ id: 1, name: 'x', establishedAt: '2022-06-15T00:00:00+07:00' }, 2022, s)).toBe(false)
    expect(isNewlyEstablished({ id: 1, name: 'x', establishedAt: '2022-06-16T00:00:00+07:00' }, 2022, s)).toBe(true)
  })

  it('reminds grassroots organisations whose dossier is missing, drafted or returned, and no one else', () => {
    const orgs = [
      { id: 'a', name: 'Không có hồ sơ', kind: 'grassroots-committee' },
      { id: 'b', name: 'Đang soạn', kind: 'grassroots-cell' },
      { id: 'c', name: 'Bị trả lại', kind: 'grassroots-committee' },
      { id: 'd', name: 'Đã gửi', kind: 'grassroots-committee' },
      { id: 'e', name: 'Đã duyệt', kind: 'grassroots-committee' },
      { id: 'f', name: 'Mới thành lập', kind: 'grassroots-committee', establishedAt: '2022-10-01T00:00:00Z' },
      { id: 'g', name: 'Đã giải thể', kind: 'grassroots-committee', dissolvedAt: '2022-03-01T00:00:00Z' },
      { id: 'h', name: 'Chi bộ trực thuộc', kind: 'cell' },
      { id: 'i', name: 'Hồ sơ năm trước', kind: 'grassroots-cell' },
    ]
    const dossiers = [
      { organization: 'b', year: 2022, stage: 'draft' as const },
      { organization: 'c', year: 2022, stage: 'returned' as const },
      { organization: 'd', year: 2022, stage: 'submitted' as const },
      { organization: 'e', year: 2022, stage: 'approved' as const },
      { organization: 'i', year: 2021, stage: 'approved' as const },
    ]
    const out = organizationsToRemind({ organizations: orgs, dossiers, year: 2022, settings: s })
    expect(out.map((r) => [r.organization.id, r.stage])).toEqual([
      ['a', null],
      ['b', 'draft'],
      ['c', 'returned'],
      ['i', null],
    ])
  })
})

describe('mails', () => {
  it('tells the next actor what happened, why, and where to go', () => {
    const m = transitionMail({
      action: 'return',
      from: 'submitted',
      to: 'returned',
      organizationName: 'Đảng bộ thị trấn Đắk Mâm',
      year: 2022,
      actorName: 'Ban Tuyên giáo Huyện ủy',
      reason: 'Thiếu <phiếu> kết luận',
      link: 'http://localhost:3000/admin/collections/dossiers/1',
    })
    expect(m.subject).toBe('[Soi Sửa] Hồ sơ năm 2022 của Đảng bộ thị trấn Đắk Mâm: Trả lại')
    expect(m.text).toContain('Lý do: Thiếu <phiếu> kết luận')
    expect(m.text).toContain('Chờ thẩm định → Bị trả lại')
    expect(m.html).toContain('Thiếu &lt;phiếu&gt; kết luận')
    expect(m.text).toContain('http://localhost:3000/admin/collections/dossiers/1')
  })

  it('words a reminder by whether the deadline has passed', () => {
    const base = { organizationName: 'Chi bộ Kho bạc', year: 2022, deadline: '15/12/2022', stage: null, link: 'x' }
    expect(reminderMail({ ...base, overdue: false }).subject).toContain('Sắp đến hạn')
    expect(reminderMail({ ...base, overdue: true }).text).toContain('đã qua')
    expect(reminderMail({ ...base, overdue: true, stage: 'returned' }).text).toContain('đang ở bước “Bị trả lại”')
  })
})
