import { describe, expect, it } from 'vitest'
import type { Role } from '@/access/roles'
import {
  ACTIONS,
  availableActions,
  completenessProblems,
  contentFingerprint,
  decideTransition,
  identifiedIndicators,
  recipientsOnArrival,
  STAGES,
  stagesAwaiting,
  type Action,
  type DossierContent,
  type Stage,
  uncoveredShortcomings,
} from '@/workflow'

const ROLES: Role[] = ['admin', 'editor', 'reporter', 'org-officer', 'reviewer', 'approver', 'inspector']

/** docs/dossier-workflow.md, restated independently of the implementation: stage:action → [who, to, needs reason]. */
const DESIGN: Record<string, { role: Role; to: Stage; reason?: true; own?: true }> = {
  'draft:submit': { role: 'org-officer', to: 'submitted', own: true },
  'returned:resubmit': { role: 'org-officer', to: 'submitted', own: true },
  'submitted:return': { role: 'reviewer', to: 'returned', reason: true },
  'submitted:recommend': { role: 'reviewer', to: 'recommended' },
  'recommended:return': { role: 'approver', to: 'returned', reason: true },
  'recommended:approve': { role: 'approver', to: 'approved' },
  'approved:reopen': { role: 'approver', to: 'returned', reason: true },
}

/** Complete and fully cross-checked, so only the table (not the guards) decides. */
const complete: DossierContent = {
  identified: [{ indicator: 'i1' }, { indicator: 'i2' }],
  planItems: [
    { code: 'BP-1', indicators: ['i1'] },
    { code: 'BP-2', indicators: ['i2'] },
  ],
  shortcomings: [{ text: 'Sinh hoạt chi bộ chưa đều', indicators: ['i1'] }],
}

describe('the transition table', () => {
  const stages = STAGES.map((s) => s.value)
  const actions = ACTIONS.map((a) => a.value)

  for (const stage of stages) {
    for (const action of actions) {
      for (const role of ROLES) {
        for (const inScope of [true, false]) {
          const rule = DESIGN[`${stage}:${action}`]
          const allowed = Boolean(rule && rule.role === role && (!rule.own || inScope))
          it(`${role}${inScope ? '' : ' (other organisation)'} ${allowed ? 'may' : 'may not'} ${action} a ${stage} dossier`, () => {
            const d = decideTransition(
              { ...complete, stage },
              { roles: [role], inScope },
              { action, reason: 'Lý do cụ thể' },
            )
            expect(d.ok).toBe(allowed)
            if (d.ok) {
              expect(d.to).toBe(rule.to)
              expect(d.from).toBe(stage)
            } else {
              expect(d.status).toBeGreaterThanOrEqual(400)
              expect(d.status).toBeLessThan(500)
              expect(d.message).toMatch(/hồ sơ/)
            }
          })
        }
      }
    }
  }

  it('refuses a step that does not exist from this stage with 409, whoever asks', () => {
    const d = decideTransition(
      { ...complete, stage: 'draft' },
      { roles: ['approver'], inScope: true },
      { action: 'approve' },
    )
    expect(d).toMatchObject({ ok: false, status: 409 })
    if (!d.ok) expect(d.message).toBe('Không thể “Phê duyệt” hồ sơ đang ở bước “Đang soạn”.')
  })

  it('refuses the wrong role with 403 and names who may act', () => {
    const d = decideTransition(
      { ...complete, stage: 'submitted' },
      { roles: ['approver'], inScope: true },
      { action: 'recommend' },
    )
    expect(d).toMatchObject({ ok: false, status: 403 })
    if (!d.ok) expect(d.message).toContain('Ban Tuyên giáo')
  })

  it('refuses an officer of another organisation with 403', () => {
    const d = decideTransition(
      { ...complete, stage: 'draft' },
      { roles: ['org-officer'], inScope: false },
      { action: 'submit' },
    )
    expect(d).toMatchObject({ ok: false, status: 403 })
    if (!d.ok) expect(d.message).toContain('tổ chức đảng mình phụ trách')
  })

  it('refuses the anonymous with 401 and unknown actions with 400', () => {
    expect(decideTransition({ ...complete, stage: 'draft' }, null, { action: 'submit' })).toMatchObject({
      ok: false,
      status: 401,
    })
    const d = decideTransition(
      { ...complete, stage: 'draft' },
      { roles: ['org-officer'], inScope: true },
      { action: 'publish' },
    )
    expect(d).toMatchObject({ ok: false, status: 400 })
    if (!d.ok) expect(d.message).toContain('“publish”')
  })

  it('gives admins no workflow powers of their own', () => {
    for (const stage of stages) {
      expect(availableActions({ ...complete, stage }, { roles: ['admin'], inScope: true })).toEqual([])
    }
  })

  for (const [key, rule] of Object.entries(DESIGN).filter(([, r]) => r.reason)) {
    const [stage, action] = key.split(':') as [Stage, Action]
    it(`needs a reason to ${action} a ${stage} dossier (blank or spaces are not a reason)`, () => {
      for (const reason of [undefined, '', '   ']) {
        const d = decideTransition({ ...complete, stage }, { roles: [rule.role], inScope: true }, { action, reason })
        expect(d).toMatchObject({ ok: false, status: 400 })
      }
      const d = decideTransition(
        { ...complete, stage },
        { roles: [rule.role], inScope: true },
        { action, reason: '  Thiếu phiếu kết luận  ' },
      )
      expect(d).toMatchObject({ ok: true, reason: 'Thiếu phiếu kết luận' })
    })
  }
})

describe('guards', () => {
  const officer = { roles: ['org-officer'] as Role[], inScope: true }
  const reviewer = { roles: ['reviewer'] as Role[], inScope: false }

  it('will not submit a dossier with an identified indicator that no measure addresses', () => {
    const d = decideTransition(
      { stage: 'draft', identified: [{ indicator: 'i1' }, { indicator: 'i2' }], planItems: [{ indicators: ['i1'] }] },
      officer,
      { action: 'submit' },
      { label: (id) => (id === 'i2' ? 'DD-02' : String(id)) },
    )
    expect(d).toMatchObject({ ok: false, status: 422 })
    if (!d.ok) {
      expect(d.message).toContain('DD-02')
      expect(d.problems.map((p) => p.code)).toEqual(['indicator-without-plan'])
    }
  })

  it('will not submit an empty dossier, nor one whose measures address indicators not identified', () => {
    const empty = decideTransition({ stage: 'draft' }, officer, { action: 'submit' })
    expect(!empty.ok && empty.problems.map((p) => p.code)).toEqual(['nothing-identified'])
    const stray = decideTransition(
      { stage: 'returned', identified: [{ indicator: 'i1' }], planItems: [{ indicators: ['i1', 'i9'] }] },
      officer,
      { action: 'resubmit' },
    )
    expect(!stray.ok && stray.problems.map((p) => p.code)).toEqual(['plan-for-unidentified'])
  })

  it('asks for the required attachments', () => {
    const d = decideTransition(
      { ...complete, stage: 'draft', attachmentKinds: ['other'] },
      officer,
      { action: 'submit' },
      {
        requiredAttachmentKinds: ['remedy-plan'],
        attachmentLabel: () => 'Kế hoạch khắc phục (có chữ ký)',
      },
    )
    expect(d).toMatchObject({ ok: false, status: 422 })
    if (!d.ok) expect(d.message).toContain('Thiếu tài liệu đính kèm: Kế hoạch khắc phục (có chữ ký)')
    const ok = decideTransition(
      { ...complete, stage: 'draft', attachmentKinds: ['remedy-plan'] },
      officer,
      { action: 'submit' },
      {
        requiredAttachmentKinds: ['remedy-plan'],
      },
    )
    expect(ok.ok).toBe(true)
  })

  it('will not recommend while a conclusion-form shortcoming is unmapped or mapped outside the identified indicators', () => {
    const d = decideTransition(
      {
        ...complete,
        stage: 'submitted',
        shortcomings: [
          { text: 'Chưa gương mẫu', indicators: ['i1'] },
          { text: 'Sinh hoạt hình thức', indicators: [] },
          { text: 'Cục bộ', indicators: ['i7'] },
        ],
      },
      reviewer,
      { action: 'recommend' },
    )
    expect(d).toMatchObject({ ok: false, status: 422 })
    if (!d.ok) {
      expect(d.problems.map((p) => [p.code, p.rows])).toEqual([
        ['shortcoming-unmapped', [2]],
        ['shortcoming-not-identified', [3]],
      ])
      expect(d.message).toContain('“Sinh hoạt hình thức”')
    }
  })

  it('shows blocked actions with their reasons, so the button can say why it is disabled', () => {
    const [submit] = availableActions({ stage: 'draft', identified: [{ indicator: 'i1' }] }, officer)
    expect(submit.action).toBe('submit')
    expect(submit.problems.map((p) => p.code)).toEqual(['indicator-without-plan'])
    expect(
      availableActions({ ...complete, stage: 'submitted' }, reviewer).map((a) => [
        a.action,
        a.needsReason,
        a.problems.length,
      ]),
    ).toEqual([
      ['return', true, 0],
      ['recommend', false, 0],
    ])
  })

  it('accepts populated relationships as well as ids', () => {
    const d = decideTransition(
      { stage: 'draft', identified: [{ indicator: { id: 'i1' } }], planItems: [{ indicators: [{ id: 'i1' }] }] },
      officer,
      { action: 'submit' },
    )
    expect(d.ok).toBe(true)
  })
})

describe('who waits and who is told', () => {
  it('puts each dossier in one pair of hands', () => {
    expect(stagesAwaiting(['org-officer'])).toEqual(['draft', 'returned'])
    expect(stagesAwaiting(['reviewer'])).toEqual(['submitted'])
    expect(stagesAwaiting(['approver'])).toEqual(['recommended'])
    expect(stagesAwaiting(['editor'])).toEqual([])
    expect(stagesAwaiting(['admin'])).toEqual([])
  })

  it('mails reviewers on submit, approvers on recommend, the organisation on return and approval', () => {
    expect(recipientsOnArrival('submitted')).toEqual({ roles: ['reviewer'], organizationOfficers: false })
    expect(recipientsOnArrival('recommended')).toEqual({ roles: ['approver'], organizationOfficers: false })
    expect(recipientsOnArrival('returned')).toEqual({ roles: [], organizationOfficers: true })
    expect(recipientsOnArrival('approved')).toEqual({ roles: [], organizationOfficers: true })
  })
})

describe('a returned dossier sent back', () => {
  const officer = { roles: ['org-officer'] as Role[], inScope: true }
  const returned = { ...complete, stage: 'returned' as const }

  it('unchanged since the return, needs an answer to the reason', () => {
    const d = decideTransition(returned, officer, { action: 'resubmit' }, { unchangedSinceReturn: true })
    expect(d).toMatchObject({ ok: false, status: 422 })
    if (!d.ok) expect(d.message).toContain('chưa được sửa từ khi bị trả lại')
    const [option] = availableActions(returned, officer, { unchangedSinceReturn: true })
    expect(option).toMatchObject({ action: 'resubmit', needsReason: true, answersReturn: true })
    const answered = decideTransition(
      returned,
      officer,
      { action: 'resubmit', reason: 'Đã giải trình với Ban Tuyên giáo' },
      { unchangedSinceReturn: true },
    )
    expect(answered).toMatchObject({ ok: true, reason: 'Đã giải trình với Ban Tuyên giáo' })
  })

  it('changed since the return, goes without one', () => {
    expect(decideTransition(returned, officer, { action: 'resubmit' }, { unchangedSinceReturn: false })).toMatchObject({
      ok: true,
    })
    expect(availableActions(returned, officer)[0]).toMatchObject({ needsReason: false, answersReturn: false })
  })

  it('tells a change from a save that changed nothing', () => {
    const doc = { id: 'd1', stage: 'returned', review: { reason: 'x' }, updatedAt: '2026-01-01', ...complete }
    const same = { ...doc, stage: 'submitted', updatedAt: '2026-02-02', review: { reason: 'y' } }
    expect(contentFingerprint(same, ['f1'])).toBe(contentFingerprint(doc, ['f1']))
    expect(contentFingerprint({ ...doc, selfAssessment: 'Đã sửa' }, ['f1'])).not.toBe(contentFingerprint(doc, ['f1']))
    expect(contentFingerprint(doc, ['f1', 'f2'])).not.toBe(contentFingerprint(doc, ['f1']))
  })
})

describe('a dossier form being filled', () => {
  it('holds empty array fields as a row count, which the checks read as no rows', () => {
    // What the admin form gives for a dossier with no shortcomings and nothing identified yet.
    const filling = { identified: 0, planItems: 0, shortcomings: 0 } as unknown as DossierContent
    expect(uncoveredShortcomings(filling)).toEqual([])
    expect(identifiedIndicators(filling)).toEqual([])
    expect(completenessProblems(filling).map((p) => p.code)).toEqual(['nothing-identified'])
  })
})
