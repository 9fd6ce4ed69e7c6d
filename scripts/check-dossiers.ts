/**
 * Local-API checks of the dossier module against a freshly seeded database — the parts the
 * HTTP tests cannot reach: the seed's tally, access as pages see it (overrideAccess: false),
 * the event log refusing even trusted server code, and the deadline reminder job.
 *
 *   rm -rf /tmp/dz && DATABASE_URL=file:/tmp/dz/t.db DOSSIER_FILES_DIR=/tmp/dz/files \
 *     MEDIA_DIR=/tmp/dz/media node --import tsx scripts/check-dossiers.ts
 */
import assert from 'node:assert/strict'

Object.assign(process.env, { NODE_ENV: 'development' }) // push the SQLite schema and seed an empty database, as db-sync does
process.env.DISABLE_JOB_RUNNER = '1'
process.env.SEED_ON_INIT = '1'
const { createLocalReq, getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { sendDeadlineReminders } = await import('../src/workflow/server/reminders')
const { isNewlyEstablished } = await import('../src/workflow/reminders')

const payload = await getPayload({ config })
const results: string[] = []
async function check(name: string, fn: () => Promise<void>) {
  try {
    await fn()
    results.push(`✓ ${name}`)
  } catch (error) {
    results.push(`✗ ${name}\n    ${(error as Error).message.split('\n').join('\n    ')}`)
  }
}

const user = async (email: string) => {
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
  assert.ok(found.docs[0], `thiếu tài khoản ${email}`)
  return { ...found.docs[0], collection: 'users' as const }
}
const org = async (code: string) => (await payload.find({ collection: 'organizations', where: { code: { equals: code } }, limit: 1, depth: 0 })).docs[0]

await check('the seed reproduces the article: 35 TCCS, 15 complete, 2 inadequate, 11 none, 7 new; Đắk Mâm has 16 cells', async () => {
  const district = await org('KN')
  const tccs = (await payload.find({ collection: 'organizations', where: { parent: { equals: district.id } }, pagination: false, depth: 0 })).docs
  assert.equal(tccs.length, 35)
  const dossiers = (await payload.find({ collection: 'dossiers', where: { year: { equals: 2022 } }, pagination: false, depth: 0 })).docs
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
  assert.deepEqual(tally, { complete: 15, inadequate: 2, review: 0, none: 11, new: 7 })
  const dm = await org('DM')
  assert.equal((await payload.count({ collection: 'organizations', where: { parent: { equals: dm.id } } })).totalDocs, 16)
})

await check('every seeded stage has the history that leads to it', async () => {
  const dossiers = (await payload.find({ collection: 'dossiers', pagination: false, depth: 0 })).docs
  for (const d of dossiers) {
    const events = (await payload.find({ collection: 'dossier-events', where: { dossier: { equals: d.id } }, sort: 'at', pagination: false, depth: 0 })).docs
    const last = events.at(-1)
    assert.equal(last?.toStage ?? 'draft', d.stage, `${d.title}: bước ${d.stage}, nhật ký kết thúc ở ${last?.toStage}`)
    events.forEach((e, i) => i > 0 && assert.equal(e.fromStage, events[i - 1].toStage, `${d.title}: nhật ký đứt đoạn`))
  }
})

await check('pages reading with overrideAccess: false see only what each role may', async () => {
  const total = (await payload.count({ collection: 'dossiers' })).totalDocs
  const seen = async (email: string | null) =>
    (await payload.count({ collection: 'dossiers', overrideAccess: false, user: email ? await user(email) : undefined }).catch(() => ({ totalDocs: 0 }))).totalDocs
  assert.equal(await seen(null), 0, 'người ngoài')
  assert.equal(await seen('bientap@soisua.vn'), 0, 'biên tập viên')
  assert.equal(await seen('phongvien@soisua.vn'), 0, 'phóng viên')
  for (const email of ['tuyengiao@soisua.vn', 'thuongtruc@soisua.vn', 'kiemtra@soisua.vn', 'admin@soisua.vn']) assert.equal(await seen(email), total, email)
  // Đắk Mâm's officer: the town's own dossier and its cells' (4 cells filed plus the Party committee office).
  assert.equal(await seen('coso@soisua.vn'), 6, 'cán bộ Đắk Mâm')
  assert.equal(await seen('coso.bc@soisua.vn'), 1, 'cán bộ Buôn Choáh')
})

await check('the event log refuses updates and deletes even from trusted server code', async () => {
  const [event] = (await payload.find({ collection: 'dossier-events', limit: 1, depth: 0 })).docs
  await assert.rejects(payload.update({ collection: 'dossier-events', id: event.id, data: { note: 'sửa' } }), /chỉ được ghi thêm/)
  await assert.rejects(payload.delete({ collection: 'dossier-events', id: event.id }), /chỉ được ghi thêm/)
  await assert.rejects(payload.delete({ collection: 'dossier-events', where: { id: { equals: event.id } } }).then((r) => {
    if (r.errors.length) throw new Error(String(r.errors[0].message))
  }), /chỉ được ghi thêm/)
  const again = await payload.findByID({ collection: 'dossier-events', id: event.id, depth: 0 })
  assert.equal(again.note ?? null, event.note ?? null)
})

await check('server code cannot change a stage outside the workflow', async () => {
  const [draft] = (await payload.find({ collection: 'dossiers', where: { stage: { equals: 'draft' } }, limit: 1, depth: 0 })).docs
  await assert.rejects(payload.update({ collection: 'dossiers', id: draft.id, data: { stage: 'approved' } as never }), /Không thể đổi bước/)
  const [approved] = (await payload.find({ collection: 'dossiers', where: { stage: { equals: 'approved' } }, limit: 1, depth: 0 })).docs
  await assert.rejects(payload.update({ collection: 'dossiers', id: approved.id, data: { selfAssessment: 'x' } }), /đã được phê duyệt/)
})

await check('deadline reminders go to officers of organisations still owing their 2022 dossier', async () => {
  const req = await createLocalReq({}, payload)
  const early = await sendDeadlineReminders(req, new Date('2022-11-20T03:00:00Z'))
  assert.deepEqual(early, { organizations: 0, mails: 0 })
  const due = await sendDeadlineReminders(req, new Date('2022-12-05T03:00:00Z'))
  // 11 without a dossier or with a draft, 2 returned; of those, the two returned ones have officer accounts.
  assert.deepEqual(due, { organizations: 13, mails: 2 })
})

await check('the reminder task is registered, scheduled, and runs from its queue', async () => {
  const task = payload.config.jobs.tasks?.find((t) => t.slug === 'dossier-deadline-reminders')
  assert.ok(task?.schedule?.length, 'tác vụ chưa có lịch chạy')
  assert.ok(
    (Array.isArray(payload.config.jobs.autoRun) ? payload.config.jobs.autoRun : []).some((a) => a.queue === task?.schedule?.[0].queue),
    'không có autoRun cho hàng đợi của tác vụ',
  )
  const job = (await payload.jobs.queue({ task: 'dossier-deadline-reminders', input: {}, queue: 'reminders' } as never)) as { id: string | number }
  const run = (await payload.jobs.run({ queue: 'reminders', silent: true })) as { jobStatus?: Record<string, { status: string }> }
  assert.equal(run.jobStatus?.[String(job.id)]?.status, 'success', JSON.stringify(run))
})

console.log(results.join('\n'))
const failed = results.filter((r) => r.startsWith('✗')).length
console.log(failed ? `${failed} kiểm tra thất bại.` : 'Mọi kiểm tra đều đạt.')
process.exit(failed ? 1 : 0)
