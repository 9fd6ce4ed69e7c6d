import type { Payload } from 'payload'
import { actionLabel, stageLabel } from '@/workflow'
import { DEMO_PASSWORD } from './demoArticles'
import { DOSSIER_YEAR } from './district'
import { mulberry32 } from './random'

/**
 * The province above the reference district: Đắk Nông's committee with its eight district-level
 * committees. Krông Nô keeps its real figures; the seven others are generated, deterministically,
 * at the scale the province reported in late 2022 (about 438 grassroots organisations, 1,716
 * cells and 27,541 members in all). Names of the generated organisations are illustrative.
 *
 * `DEMO_PROVINCE_SCALE` sets the size: `1` (the default, the real scale), a fraction such as
 * `0.05` (the tests), or `0` (no province at all).
 */
export const PROVINCE = { code: 'DNO', name: 'Đảng bộ tỉnh Đắk Nông' }

export const GENERATED_DISTRICTS = [
  { code: 'GN', name: 'Đảng bộ thành phố Gia Nghĩa', grassroots: 52 },
  { code: 'CJ', name: 'Đảng bộ huyện Cư Jút', grassroots: 58 },
  { code: 'DMIL', name: 'Đảng bộ huyện Đắk Mil', grassroots: 63 },
  { code: 'DSO', name: 'Đảng bộ huyện Đắk Song', grassroots: 57 },
  { code: 'DGL', name: 'Đảng bộ huyện Đắk Glong', grassroots: 55 },
  { code: 'DRL', name: 'Đảng bộ huyện Đắk R’lấp', grassroots: 64 },
  { code: 'TDU', name: 'Đảng bộ huyện Tuy Đức', grassroots: 54 },
] as const

const CELLS_PER_COMMITTEE = 7.7
const MEMBERS_PER_CELL = 16

type Stage = 'draft' | 'submitted' | 'recommended' | 'returned' | 'approved'

/** The path each generated dossier took through the workflow, as its event log will show. */
const PATHS: Record<Stage, Stage[]> = {
  draft: [],
  submitted: ['submitted'],
  recommended: ['submitted', 'recommended'],
  returned: ['submitted', 'returned'],
  approved: ['submitted', 'recommended', 'approved'],
}

function scaleFromEnv(): number {
  const raw = process.env.DEMO_PROVINCE_SCALE
  if (raw === undefined || raw === '') return 1
  const n = Number(raw)
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 1) : 1
}

const iso = (d: Date) => d.toISOString()
/** A moment of the dossier year in Vietnam time: month 1–12, day, hour. */
const at = (month: number, day: number, hour = 9) => new Date(Date.UTC(DOSSIER_YEAR, month - 1, day, hour - 7))

/**
 * Puts the reference district under the province and generates the other districts: their
 * grassroots organisations and cells, members, and a dossier of the year for most grassroots
 * organisations with the events that took it to its stage. Rows are written straight through
 * the database adapter (`payload.db`, the same call on SQLite and MongoDB) in one transaction:
 * they are generated consistent, and tens of thousands of rows through the full Local API
 * would take minutes. Does nothing when the province exists.
 */
export async function seedProvince(
  payload: Payload,
  report: { created: Record<string, number> },
  scale = scaleFromEnv(),
): Promise<void> {
  if (scale <= 0) return
  const exists = await payload.db.findOne({ collection: 'organizations', where: { code: { equals: PROVINCE.code } } })
  if (exists) return
  const count = (k: string, n = 1) => (report.created[k] = (report.created[k] ?? 0) + n)
  const rand = mulberry32(20221231)
  const transactionID = await payload.db.beginTransaction()
  const req = transactionID ? { transactionID, payload } : { payload }
  const create = async (
    collection: 'organizations' | 'dossiers' | 'dossier-events' | 'members',
    data: Record<string, unknown>,
  ) => {
    const now = iso(new Date())
    const doc = await payload.db.create({
      collection,
      data: { createdAt: now, updatedAt: now, ...data },
      req,
    })
    count(collection)
    return String(doc.id)
  }
  try {
    const provinceId = await create('organizations', {
      ...PROVINCE,
      kind: 'province',
      establishedAt: '2004-01-01T00:00:00.000Z',
    })
    const reference = await payload.db.findOne<{ id: string | number }>({
      collection: 'organizations',
      where: { code: { equals: 'KN' } },
      req,
    })
    if (reference) {
      await payload.db.updateOne({
        collection: 'organizations',
        id: reference.id,
        data: { parent: provinceId },
        req,
      })
    }
    for (const d of GENERATED_DISTRICTS) {
      const districtId = await create('organizations', {
        name: d.name,
        code: d.code,
        kind: 'district',
        parent: provinceId,
        establishedAt: '2004-01-01T00:00:00.000Z',
      })
      const n = Math.max(1, Math.round(d.grassroots * scale))
      for (let i = 1; i <= n; i++) {
        const committee = rand() < 0.55
        const recent = rand() < 0.05
        const code = `${d.code}-${String(i).padStart(3, '0')}`
        const established = recent
          ? at(8 + Math.floor(rand() * 4), 1 + Math.floor(rand() * 27))
          : new Date(Date.UTC(1995, 0, 1))
        const orgId = await create('organizations', {
          name: committee
            ? `Đảng bộ cơ sở số ${i} (${d.name.replace('Đảng bộ ', '')})`
            : `Chi bộ cơ sở số ${i} (${d.name.replace('Đảng bộ ', '')})`,
          code,
          kind: committee ? 'grassroots-committee' : 'grassroots-cell',
          sector: committee ? (rand() < 0.7 ? 'commune' : 'armed-forces') : rand() < 0.8 ? 'agency' : 'enterprise',
          parent: districtId,
          establishedAt: iso(established),
        })
        const cellIds: string[] = []
        if (committee) {
          const cells = Math.max(1, Math.round(CELLS_PER_COMMITTEE * (0.6 + rand() * 0.8)))
          for (let c = 1; c <= cells; c++) {
            cellIds.push(
              await create('organizations', {
                name: `Chi bộ số ${c}`,
                code: `${code}-${c}`,
                kind: 'cell',
                sector: 'commune',
                parent: orgId,
                establishedAt: iso(established),
              }),
            )
          }
        } else {
          cellIds.push(orgId)
        }
        for (const cellId of cellIds) {
          const members =
            Math.round(MEMBERS_PER_CELL * (0.5 + rand()) * scale) || (rand() < scale * MEMBERS_PER_CELL ? 1 : 0)
          for (let m = 1; m <= members; m++) {
            await create('members', {
              name: `Đảng viên ${code}-${m}`,
              organization: cellId,
              standing: rand() < 0.93 ? 'full' : 'probationary',
            })
          }
        }
        if (recent) continue // established too recently to owe a dossier
        const r = rand()
        const stage: Stage | null =
          r < 0.56
            ? 'approved'
            : r < 0.63
              ? 'returned'
              : r < 0.7
                ? 'recommended'
                : r < 0.76
                  ? 'submitted'
                  : r < 0.86
                    ? 'draft'
                    : null
        if (!stage) continue
        const orgName = `${committee ? 'Đảng bộ' : 'Chi bộ'} cơ sở số ${i} (${d.name.replace('Đảng bộ ', '')})`
        const dossierId = await create('dossiers', {
          title: `Hồ sơ năm ${DOSSIER_YEAR} — ${orgName}`,
          organizationName: orgName,
          organization: orgId,
          year: DOSSIER_YEAR,
          stage,
        })
        let from: Stage = 'draft'
        let month = 3 + Math.floor(rand() * 4)
        for (const to of PATHS[stage]) {
          const when = at(Math.min(12, month), 1 + Math.floor(rand() * 27))
          const action =
            to === 'submitted'
              ? 'submit'
              : to === 'recommended'
                ? 'recommend'
                : to === 'approved'
                  ? 'approve'
                  : 'return'
          await create('dossier-events', {
            summary: `${actionLabel(action)}: ${stageLabel(from)} → ${stageLabel(to)}`,
            dossier: dossierId,
            organization: orgId,
            year: DOSSIER_YEAR,
            action,
            fromStage: from,
            toStage: to,
            actorName: 'Dữ liệu mẫu',
            at: iso(when),
            note: to === 'returned' ? 'Kế hoạch khắc phục chưa cụ thể.' : undefined,
          })
          from = to
          month += 1 + Math.floor(rand() * 2)
        }
      }
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
  // The province's Propaganda Board sees every district; the district boards only their own.
  const province = await payload.db.findOne<{ id: string | number }>({
    collection: 'organizations',
    where: { code: { equals: PROVINCE.code } },
  })
  for (const u of PROVINCE_USERS) {
    const found = await payload.find({ collection: 'users', where: { email: { equals: u.email } }, limit: 1, depth: 0 })
    if (found.docs[0] || !province) continue
    await payload.create({
      collection: 'users',
      data: { ...u, roles: [...u.roles], password: DEMO_PASSWORD, organizations: [String(province.id)] },
      context: { seeding: true },
    })
    count('users')
  }
  const district = await payload.db.findOne<{ id: string | number }>({
    collection: 'organizations',
    where: { code: { equals: 'KN' } },
  })
  await payload.updateGlobal({
    slug: 'progress-settings',
    data: {
      district: district ? String(district.id) : undefined,
      province: province ? String(province.id) : undefined,
      showProvince: true,
    },
    context: { seeding: true },
  })
}

export const PROVINCE_USERS = [
  { email: 'tuyengiao.tinh@soisua.vn', name: 'Ban Tuyên giáo Tỉnh ủy', roles: ['reviewer'] },
] as const
