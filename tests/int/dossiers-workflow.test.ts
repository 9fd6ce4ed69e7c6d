import { beforeAll, describe, expect, it } from 'vitest'
import {
  api,
  completeContent,
  dossierIn,
  eventsOf,
  gql,
  indicatorIds,
  message,
  setupOtherOfficer,
  stageOf,
  transition,
  type Who,
} from '../helpers/dossiers'
import { demoEmail } from '../helpers/http'
import { sentTo, waitForMail } from '../helpers/mail'

const STAGES = ['draft', 'submitted', 'recommended', 'returned', 'approved'] as const
const ACTIONS = ['submit', 'resubmit', 'return', 'recommend', 'approve', 'reopen'] as const
const ACTORS: Who[] = [
  'admin',
  'editor',
  'reporter',
  'org-officer',
  'other-officer',
  'reviewer',
  'approver',
  'inspector',
  'anonymous',
]

/** docs/dossier-workflow.md: the only moves there are. */
const ALLOWED: Record<string, { by: Who; to: string; reason?: true }> = {
  'draft:submit': { by: 'org-officer', to: 'submitted' },
  'returned:resubmit': { by: 'org-officer', to: 'submitted' },
  'submitted:return': { by: 'reviewer', to: 'returned', reason: true },
  'submitted:recommend': { by: 'reviewer', to: 'recommended' },
  'recommended:return': { by: 'approver', to: 'returned', reason: true },
  'recommended:approve': { by: 'approver', to: 'approved' },
  'approved:reopen': { by: 'approver', to: 'returned', reason: true },
}

beforeAll(async () => {
  await setupOtherOfficer()
})

describe('transitions not in the table', () => {
  it('are refused for every role in every stage, and change nothing', async () => {
    const dossiers: Record<string, string> = {}
    for (const stage of STAGES) dossiers[stage] = (await dossierIn(stage)).id
    const before: Record<string, number> = {}
    for (const stage of STAGES) before[stage] = (await eventsOf(dossiers[stage])).length

    const accepted: string[] = []
    for (const stage of STAGES) {
      for (const action of ACTIONS) {
        for (const who of ACTORS) {
          const rule = ALLOWED[`${stage}:${action}`]
          if (rule && rule.by === who) continue
          const res = await transition(who, dossiers[stage], { action, reason: 'Lý do đầy đủ' })
          if (res.status < 400 || res.status >= 500) accepted.push(`${who} ${action} ${stage}: HTTP ${res.status}`)
          else expect(message(res), `${who} ${action} ${stage}`).not.toBe('')
        }
      }
    }
    expect(accepted).toEqual([])
    for (const stage of STAGES) {
      expect(await stageOf(dossiers[stage])).toBe(stage)
      expect((await eventsOf(dossiers[stage])).length).toBe(before[stage])
    }
  }, 300_000)

  it('explains in Vietnamese why', async () => {
    const { id } = await dossierIn('draft')
    const wrongStage = await transition('approver', id, { action: 'approve' })
    expect(wrongStage.status).toBe(409)
    expect(message(wrongStage)).toBe('Không thể “Phê duyệt” hồ sơ đang ở bước “Đang soạn”.')
    const stranger = await transition('other-officer', id, { action: 'submit' })
    expect(stranger.status).toBe(404)
    expect(message(stranger)).toContain('Không tìm thấy hồ sơ')
    const unknown = await transition('org-officer', id, { action: 'publish' })
    expect(unknown.status).toBe(400)
    expect(message(unknown)).toContain('Thao tác không hợp lệ')
    const garbage = await api('org-officer', 'POST', `/api/dossiers/${id}/transition`, '{"action": ')
    expect(garbage.status).toBe(400)
    const anonymous = await transition('anonymous', id, { action: 'submit' })
    expect(anonymous.status).toBe(401)
  })
})

describe('transitions in the table', () => {
  for (const [key, rule] of Object.entries(ALLOWED)) {
    const [from, action] = key.split(':') as [(typeof STAGES)[number], string]
    it(`${rule.by} can ${action} a ${from} dossier, which writes exactly one event`, async () => {
      const { id } = await dossierIn(from)
      const before = await eventsOf(id)
      if (rule.reason) {
        const noReason = await transition(rule.by, id, { action })
        expect(noReason.status).toBe(400)
        expect(message(noReason)).toContain('lý do')
      }
      // A returned dossier sent back unchanged carries the officer's answer to the reason.
      const res = await transition(rule.by, id, {
        action,
        reason: rule.reason
          ? 'Chưa đối chiếu phiếu kết luận'
          : action === 'resubmit'
            ? 'Đã rà soát theo lý do trả lại'
            : undefined,
      })
      expect(res.status, res.text).toBe(200)
      expect(res.json.doc.stage).toBe(rule.to)
      expect(await stageOf(id)).toBe(rule.to)
      const after = await eventsOf(id)
      expect(after.length).toBe(before.length + 1)
      const event = after.find((e) => !before.some((b) => b.id === e.id))
      expect(event).toMatchObject({ action, fromStage: from, toStage: rule.to })
      expect(event.actorName).toBeTruthy()
      if (rule.reason) expect(event.note).toBe('Chưa đối chiếu phiếu kết luận')
      expect(new Date(event.at).getTime()).toBeGreaterThan(Date.now() - 60_000)
    })
  }

  it('refuses to submit an incomplete dossier and shows what is missing', async () => {
    const ind = await indicatorIds()
    const { id } = await dossierIn('draft', {
      content: {
        identified: ind.map((i) => ({ indicator: i })),
        planItems: [{ measure: 'Một biện pháp', indicators: [ind[0]] }],
      },
    })
    const res = await transition('org-officer', id, { action: 'submit' })
    expect(res.status).toBe(422)
    expect(message(res)).toContain('Biểu hiện chưa có biện pháp khắc phục')
    expect(res.json.errors[0].data.problems[0].indicators.sort()).toEqual([ind[1], ind[2]].sort())
    expect(await stageOf(id)).toBe('draft')
    expect(await eventsOf(id)).toEqual([])
  })

  it('refuses to recommend while a conclusion-form shortcoming is not mapped, and lists it for the reviewer', async () => {
    const ind = await indicatorIds()
    const content = { ...completeContent(ind), shortcomings: [{ text: 'Chưa gương mẫu nơi cư trú', indicators: [] }] }
    const { id } = await dossierIn('submitted', { content })
    const options = await api('reviewer', 'GET', `/api/dossiers/${id}/transitions`)
    expect(options.status).toBe(200)
    expect(options.json.uncoveredShortcomings).toMatchObject([
      { row: 1, text: 'Chưa gương mẫu nơi cư trú', reason: 'unmapped' },
    ])
    expect(
      options.json.actions.map((a: { action: string; problems: unknown[] }) => [a.action, a.problems.length]),
    ).toEqual([
      ['return', 0],
      ['recommend', 1],
    ])
    const res = await transition('reviewer', id, { action: 'recommend' })
    expect(res.status).toBe(422)
    expect(message(res)).toContain('“Chưa gương mẫu nơi cư trú”')
    expect(await stageOf(id)).toBe('submitted')
  })

  it('offers each user only the actions they may take now', async () => {
    const { id } = await dossierIn('recommended')
    const actionsOf = async (who: Who) => {
      const r = await api(who, 'GET', `/api/dossiers/${id}/transitions`)
      return r.status === 200 ? r.json.actions.map((a: { action: string }) => a.action) : r.status
    }
    expect(await actionsOf('approver')).toEqual(['return', 'approve'])
    expect(await actionsOf('reviewer')).toEqual([])
    expect(await actionsOf('org-officer')).toEqual([])
    expect(await actionsOf('inspector')).toEqual([])
    expect(await actionsOf('editor')).toBe(404)
    expect(await actionsOf('anonymous')).toBe(401)
  })
})

describe('the stage moves only through the workflow', () => {
  it('refuses a PATCH of the stage, through REST and GraphQL, with a clear message', async () => {
    const { id } = await dossierIn('draft')
    for (const who of ['org-officer', 'admin'] as Who[]) {
      const res = await api(who, 'PATCH', `/api/dossiers/${id}`, { stage: 'approved' })
      expect(res.status).toBe(400)
      expect(message(res)).toContain('Không thể đổi bước của hồ sơ bằng cách sửa trực tiếp')
      const g = await gql(
        who,
        `mutation($id: String!) { updateDossier(id: $id, data: { stage: approved }) { stage } }`,
        { id },
      )
      expect(g.json.data?.updateDossier ?? null).toBeNull()
      expect(g.json.errors?.[0]?.message).toContain('Không thể đổi bước của hồ sơ')
      expect(g.json.errors?.[0]?.extensions?.statusCode).toBe(400)
    }
    const created = await api('org-officer', 'POST', '/api/dossiers', {
      organization: (await dossierIn('draft')).cell.id,
      year: 2024,
      stage: 'approved',
    })
    expect(created.status).toBe(400)
    expect(await stageOf(id)).toBe('draft')
    expect(await eventsOf(id)).toEqual([])
  })

  it('keeps an approved dossier read-only for everyone until it is reopened', async () => {
    const { id } = await dossierIn('approved')
    for (const who of ['org-officer', 'admin'] as Who[]) {
      const res = await api(who, 'PATCH', `/api/dossiers/${id}`, { selfAssessment: 'Sửa sau khi duyệt' })
      expect(res.status).toBe(409)
      expect(message(res)).toContain('Hồ sơ đã được phê duyệt nên chỉ được xem')
      const g = await gql(
        who,
        `mutation($id: String!) { updateDossier(id: $id, data: { selfAssessment: "Sửa" }) { id } }`,
        { id },
      )
      expect(g.json.errors?.[0]?.message).toContain('đã được phê duyệt')
    }
    for (const who of ['reviewer', 'approver', 'inspector', 'editor', 'anonymous'] as Who[]) {
      const res = await api(who, 'PATCH', `/api/dossiers/${id}`, { selfAssessment: 'Sửa sau khi duyệt' })
      expect(res.status, who).toBeGreaterThanOrEqual(400)
      expect(res.status, who).toBeLessThan(500)
    }
    const del = await api('admin', 'DELETE', `/api/dossiers/${id}`)
    expect(del.status).toBeGreaterThanOrEqual(400)
    const doc = (await api('admin', 'GET', `/api/dossiers/${id}?depth=0`)).json
    expect(doc.selfAssessment ?? null).toBeNull()

    expect((await transition('approver', id, { action: 'reopen', reason: 'Bổ sung phiếu kết luận' })).status).toBe(200)
    const fixed = await api('org-officer', 'PATCH', `/api/dossiers/${id}`, { selfAssessment: 'Đã bổ sung' })
    expect(fixed.status, fixed.text).toBe(200)
    expect(fixed.json.doc.review.reason).toBe('Bổ sung phiếu kết luận')
  })

  it('does not let a version restore bring back an earlier stage', async () => {
    const { id } = await dossierIn('returned')
    const versions = await api(
      'org-officer',
      'GET',
      `/api/dossiers/versions?where[parent][equals]=${id}&sort=createdAt&limit=50`,
    )
    expect(versions.status).toBe(200)
    const draftVersion = versions.json.docs.find((v: { version: { stage: string } }) => v.version.stage === 'draft')
    expect(draftVersion).toBeTruthy()
    const restored = await api('org-officer', 'POST', `/api/dossiers/versions/${draftVersion.id}`)
    expect(restored.status, restored.text).toBeLessThan(500)
    expect(await stageOf(id)).toBe('returned')
  })
})

describe('the event log', () => {
  it('cannot be written, updated or deleted by anyone, not even an admin', async () => {
    const { id } = await dossierIn('submitted')
    const [event] = await eventsOf(id)
    for (const who of ['admin', 'org-officer', 'reviewer', 'approver', 'inspector', 'editor', 'anonymous'] as Who[]) {
      const patch = await api(who, 'PATCH', `/api/dossier-events/${event.id}`, { note: 'sửa', toStage: 'approved' })
      expect(patch.status, `${who} PATCH`).toBeGreaterThanOrEqual(400)
      expect(patch.status).toBeLessThan(500)
      const del = await api(who, 'DELETE', `/api/dossier-events/${event.id}`)
      expect(del.status, `${who} DELETE`).toBeGreaterThanOrEqual(400)
      expect(del.status).toBeLessThan(500)
      const bulk = await api(who, 'DELETE', `/api/dossier-events?where[dossier][equals]=${id}`)
      expect(bulk.status, `${who} bulk DELETE`).toBeLessThan(500)
      const post = await api(who, 'POST', '/api/dossier-events', {
        dossier: id,
        organization: event.organization,
        action: 'approve',
        fromStage: 'submitted',
        toStage: 'approved',
        at: new Date().toISOString(),
      })
      expect(post.status, `${who} POST`).toBeGreaterThanOrEqual(400)
      const g = await gql(who, `mutation($id: String!) { deleteDossierEvent(id: $id) { id } }`, { id: event.id })
      expect(g.json.data?.deleteDossierEvent ?? null).toBeNull()
    }
    expect(await eventsOf(id)).toEqual([event])
  })
})

describe('notifications', () => {
  it('mail whoever acts next: reviewers on submit, approvers on recommend, the organisation on return and approval', async () => {
    const { id, cell } = await dossierIn('draft')
    expect((await transition('org-officer', id, { action: 'submit' })).status).toBe(200)
    const toReviewer = await waitForMail(sentTo(demoEmail('reviewer'), cell.name))
    expect(toReviewer.subject).toContain('Gửi thẩm định')

    expect(
      (await transition('reviewer', id, { action: 'return', reason: 'Thiếu người chịu trách nhiệm' })).status,
    ).toBe(200)
    const toOfficer = await waitForMail(sentTo(demoEmail('org-officer'), `${cell.name}: Trả lại`))
    expect(toOfficer.text).toContain('Lý do: Thiếu người chịu trách nhiệm')

    expect(
      (await transition('org-officer', id, { action: 'resubmit', reason: 'Đã bổ sung người chịu trách nhiệm' })).status,
    ).toBe(200)
    expect((await transition('reviewer', id, { action: 'recommend' })).status).toBe(200)
    await waitForMail(sentTo(demoEmail('approver'), `${cell.name}: Đề nghị phê duyệt`))
    expect((await transition('approver', id, { action: 'approve' })).status).toBe(200)
    await waitForMail(sentTo(demoEmail('org-officer'), `${cell.name}: Phê duyệt`))
  })
})
