import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { isNewlyEstablished } from '@/workflow/reminders'
import { sendDeadlineReminders } from '@/workflow/server/reminders'
import { DAK_MAM_CELLS } from '@/seed/district'
import { localPayload, userByEmail } from '../helpers/payload'

/**
 * The dossier module as server code sees it (a second Payload on the test server's
 * database): the seed's tally, scope as pages read it (overrideAccess: false), the event log
 * and the stage refusing even trusted code, and the deadline reminders and their job.
 */
let payload: Payload

beforeAll(async () => {
  payload = await localPayload()
})

const org = async (code: string) => {
  const found = await payload.find({
    collection: 'organizations',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
  })
  if (!found.docs[0]) throw new Error(`Không có tổ chức ${code}`)
  return found.docs[0]
}

/** Ids of the organisation with `code` and of every organisation below it. */
async function subtree(code: string): Promise<Set<string>> {
  const all = (await payload.find({ collection: 'organizations', pagination: false, depth: 0 })).docs
  const ids = new Set([String((await org(code)).id)])
  for (let grew = true; grew;) {
    grew = false
    for (const o of all) {
      if (o.parent != null && ids.has(String(o.parent)) && !ids.has(String(o.id))) {
        ids.add(String(o.id))
        grew = true
      }
    }
  }
  return ids
}

describe('the seeded district', () => {
  it("reproduces the article: 35 TCCS, 15 complete, 2 inadequate, 11 without a dossier, 7 new; Đắk Mâm's 16 cells", async () => {
    const district = await org('KN')
    const tccs = (
      await payload.find({
        collection: 'organizations',
        where: { parent: { equals: district.id } },
        pagination: false,
        depth: 0,
      })
    ).docs
    expect(tccs).toHaveLength(35)
    const dossiers = (
      await payload.find({ collection: 'dossiers', where: { year: { equals: 2022 } }, pagination: false, depth: 0 })
    ).docs
    const stageOf = new Map(dossiers.map((d) => [String(d.organization), d.stage]))
    const settings = { deadlineDay: 15, deadlineMonth: 12, reminderDaysBefore: 14, newOrganizationMonths: 6 }
    const tally = { complete: 0, inadequate: 0, review: 0, none: 0, new: 0 }
    for (const o of tccs) {
      const stage = stageOf.get(String(o.id))
      if (isNewlyEstablished({ id: o.id, name: o.name, establishedAt: o.establishedAt }, 2022, settings)) tally.new++
      else if (stage === 'approved') tally.complete++
      else if (stage === 'returned') tally.inadequate++
      else if (stage === 'submitted' || stage === 'recommended') tally.review++
      else tally.none++
    }
    expect(tally).toEqual({ complete: 15, inadequate: 2, review: 0, none: 11, new: 7 })
    const dm = await org('DM')
    const cells = await payload.find({
      collection: 'organizations',
      where: { parent: { equals: dm.id } },
      pagination: false,
      depth: 0,
    })
    expect(DAK_MAM_CELLS).toHaveLength(16)
    expect(cells.docs.map((c) => c.code)).toEqual(expect.arrayContaining(DAK_MAM_CELLS.map((c) => c.code)))
  })

  it('gives every dossier the history that leads to its stage', async () => {
    const dossiers = (await payload.find({ collection: 'dossiers', pagination: false, depth: 0 })).docs
    expect(dossiers.length).toBeGreaterThan(0)
    for (const d of dossiers) {
      const events = (
        await payload.find({
          collection: 'dossier-events',
          where: { dossier: { equals: d.id } },
          sort: 'at',
          pagination: false,
          depth: 0,
        })
      ).docs
      expect(events.at(-1)?.toStage ?? 'draft', `${d.title}: nhật ký kết thúc ở bước khác`).toBe(d.stage)
      events.forEach((e, i) => i > 0 && expect(e.fromStage, `${d.title}: nhật ký đứt đoạn`).toBe(events[i - 1].toStage))
    }
  })
})

describe('reading as pages do (overrideAccess: false)', () => {
  const seen = async (email: string | null) => {
    const user = email ? await userByEmail(payload, email) : undefined
    const found = await payload
      .find({ collection: 'dossiers', overrideAccess: false, user, pagination: false, depth: 0 })
      .catch(() => ({ docs: [] }))
    return new Set(found.docs.map((d) => String(d.id)))
  }
  const dossiersUnder = async (code: string) => {
    const orgs = await subtree(code)
    const all = (await payload.find({ collection: 'dossiers', pagination: false, depth: 0 })).docs
    return new Set(all.filter((d) => orgs.has(String(d.organization))).map((d) => String(d.id)))
  }

  it("shows the public and the newsroom no dossier, a district's boards every one of their district, the province board and the admin all", async () => {
    const total = (await payload.count({ collection: 'dossiers' })).totalDocs
    expect((await seen(null)).size, 'người ngoài').toBe(0)
    expect((await seen('bientap@soisua.vn')).size, 'biên tập viên').toBe(0)
    expect((await seen('phongvien@soisua.vn')).size, 'phóng viên').toBe(0)
    const district = await dossiersUnder('KN')
    // The demo province has other districts, whose dossiers Krông Nô's boards do not read.
    expect(district.size).toBeLessThan(total)
    for (const email of ['tuyengiao@soisua.vn', 'thuongtruc@soisua.vn', 'kiemtra@soisua.vn']) {
      expect(await seen(email), email).toEqual(district)
    }
    for (const email of ['tuyengiao.tinh@soisua.vn', 'admin@soisua.vn']) {
      expect((await seen(email)).size, email).toBe(total)
    }
  })

  it('shows an officer exactly the dossiers of their organisation and those below it', async () => {
    const dm = await dossiersUnder('DM')
    // The town's own dossier, four cells' and the Party committee office's at least (seeded).
    expect(dm.size).toBeGreaterThanOrEqual(6)
    expect(await seen('coso@soisua.vn')).toEqual(dm)
    expect(await seen('coso.bc@soisua.vn')).toEqual(await dossiersUnder('BC'))
  })
})

describe('trusted server code', () => {
  it('cannot update or delete a dossier event', async () => {
    const [event] = (await payload.find({ collection: 'dossier-events', limit: 1, depth: 0 })).docs
    await expect(payload.update({ collection: 'dossier-events', id: event.id, data: { note: 'sửa' } })).rejects.toThrow(
      /chỉ được ghi thêm/,
    )
    await expect(payload.delete({ collection: 'dossier-events', id: event.id })).rejects.toThrow(/chỉ được ghi thêm/)
    const bulk = await payload.delete({ collection: 'dossier-events', where: { id: { equals: event.id } } })
    expect(String(bulk.errors[0]?.message)).toMatch(/chỉ được ghi thêm/)
    const again = await payload.findByID({ collection: 'dossier-events', id: event.id, depth: 0 })
    expect(again.note ?? null).toBe(event.note ?? null)
  })

  it('cannot move a stage outside the workflow, nor edit an approved dossier', async () => {
    const [draft] = (
      await payload.find({ collection: 'dossiers', where: { stage: { equals: 'draft' } }, limit: 1, depth: 0 })
    ).docs
    await expect(payload.update({ collection: 'dossiers', id: draft.id, data: { stage: 'approved' } })).rejects.toThrow(
      /Không thể đổi bước/,
    )
    const [approved] = (
      await payload.find({ collection: 'dossiers', where: { stage: { equals: 'approved' } }, limit: 1, depth: 0 })
    ).docs
    await expect(
      payload.update({ collection: 'dossiers', id: approved.id, data: { selfAssessment: 'x' } }),
    ).rejects.toThrow(/đã được phê duyệt/)
  })
})

describe('deadline reminders', () => {
  it('go to officers of organisations still owing their 2022 dossier, only once the deadline nears', async () => {
    const req = await createLocalReq({}, payload)
    expect(await sendDeadlineReminders(req, new Date('2022-11-20T03:00:00Z'))).toEqual({ organizations: 0, mails: 0 })
    // Krông Nô: 11 without a dossier or with a draft, 2 returned; of those, the two returned ones have
    // officer accounts. The province's other seeded districts (DEMO_PROVINCE_SCALE=0.05) owe 5 more,
    // whose organisations have no accounts.
    expect(await sendDeadlineReminders(req, new Date('2022-12-05T03:00:00Z'))).toEqual({ organizations: 18, mails: 2 })
  })

  it('run as a scheduled task from their own queue', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'dossier-deadline-reminders')
    expect(task?.schedule?.length, 'tác vụ chưa có lịch chạy').toBeGreaterThan(0)
    const autoRun = Array.isArray(payload.config.jobs.autoRun) ? payload.config.jobs.autoRun : []
    expect(autoRun.map((a) => a.queue)).toContain(task?.schedule?.[0].queue)
    const job = await payload.jobs.queue({ task: 'dossier-deadline-reminders', input: {}, queue: 'reminders' })
    const run = await payload.jobs.run({ queue: 'reminders', silent: true })
    expect(run.jobStatus?.[String(job.id)]?.status, JSON.stringify(run)).toBe('success')
  })
})
