/**
 * npm run bench:progress [-- --runs 30 --keep]
 *
 * Generates a province-sized dataset into a throw-away SQLite database (2,000 grassroots
 * organisations, 20,000 cells, 22,000 dossiers with their events, 200,000 members and
 * 200,000 commitments), then times the real progress query path (src/progress/queries.ts)
 * and prints median and p95 per query. The rows are written in bulk through the adapter's
 * Drizzle instance: no hooks run, so the data is made consistent here.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback
}

const SIZE = {
  grassroots: option('grassroots', 2_000),
  cellsPerGrassroots: option('cells-per-grassroots', 10),
  membersPerCell: option('members-per-cell', 10),
}
const RUNS = option('runs', 25)
const YEAR = 2024

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soi-sua-bench-'))
// Development mode so Payload pushes the schema into the empty file; no seed, no job runner.
Object.assign(process.env, {
  NODE_ENV: 'development',
  DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
  SEED_ON_INIT: '0',
  DISABLE_JOB_RUNNER: '1',
})

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const queries = await import('@/progress/queries')

// A small deterministic generator, so two runs build the same province.
let state = 20240601
const random = () => {
  state = (state * 1664525 + 1013904223) % 4294967296
  return state / 4294967296
}
const pick = <T>(weighted: [T, number][]): T => {
  let r = random()
  for (const [v, w] of weighted) if ((r -= w) < 0) return v
  return weighted[weighted.length - 1][0]
}
const uuid = () => crypto.randomUUID()
const iso = (d: Date) => d.toISOString()
const inYear = (fromMonth: number, toMonth: number) => {
  const from = Date.UTC(YEAR, fromMonth - 1, 1)
  const to = Date.UTC(YEAR, toMonth, 0)
  return new Date(from + random() * (to - from))
}

type Row = Record<string, unknown>

function log(message: string) {
  process.stdout.write(`${message}\n`)
}

const started = Date.now()
const payload = await getPayload({ config })
const db = payload.db as unknown as {
  drizzle: { insert: (t: unknown) => { values: (rows: Row[]) => Promise<unknown> } }
  tables: Record<string, unknown>
  client: { execute: (sql: string) => Promise<unknown> }
}
// The file is thrown away afterwards: durability does not matter, write speed does.
await db.client.execute('PRAGMA journal_mode = WAL')
await db.client.execute('PRAGMA synchronous = OFF')

async function insert(table: string, rows: Row[], batch = 400) {
  const t = db.tables[table]
  if (!t) throw new Error(`Không có bảng ${table}`)
  await db.client.execute('BEGIN')
  for (let i = 0; i < rows.length; i += batch) await db.drizzle.insert(t).values(rows.slice(i, i + batch))
  await db.client.execute('COMMIT')
}

// Organisations: a province committee, its eight district committees, their grassroots
// organisations, and the cells of those.
const now = iso(new Date())
const stamp = { createdAt: now, updatedAt: now }
const province = {
  id: uuid(),
  name: 'Đảng bộ tỉnh (dữ liệu đo)',
  code: 'TINH',
  kind: 'province',
  establishedAt: '1976-01-01T00:00:00.000Z',
  ...stamp,
}
const districts: Row[] = Array.from({ length: 8 }, (_, d) => ({
  id: uuid(),
  name: `Đảng bộ huyện số ${d + 1}`,
  code: `H${d + 1}`,
  kind: 'district',
  parent: province.id,
  establishedAt: '1976-01-01T00:00:00.000Z',
  ...stamp,
}))
const grassroots: Row[] = []
const cells: Row[] = []
for (let g = 0; g < SIZE.grassroots; g++) {
  const isNew = random() < 0.05
  grassroots.push({
    id: uuid(),
    name: `TCCS đảng số ${g + 1}`,
    code: `G${g + 1}`,
    kind: random() < 0.4 ? 'grassroots-committee' : 'grassroots-cell',
    sector: pick([
      ['commune', 0.45],
      ['agency', 0.35],
      ['enterprise', 0.15],
      ['armed-forces', 0.05],
    ]),
    parent: districts[g % districts.length].id,
    establishedAt: isNew ? iso(inYear(8, 11)) : '1995-01-01T00:00:00.000Z',
    ...stamp,
  })
  for (let c = 0; c < SIZE.cellsPerGrassroots; c++) {
    cells.push({
      id: uuid(),
      name: `Chi bộ ${c + 1} thuộc TCCS ${g + 1}`,
      code: `G${g + 1}-C${c + 1}`,
      kind: 'cell',
      sector: 'commune',
      parent: grassroots[g].id,
      establishedAt: '1995-01-01T00:00:00.000Z',
      ...stamp,
    })
  }
}

// Dossiers and the events that took each one to its stage.
type Outcome = 'none' | 'draft' | 'submitted' | 'recommended' | 'returned' | 'approved'
const PATHS: Record<Outcome, Outcome[]> = {
  none: [],
  draft: [],
  submitted: ['submitted'],
  recommended: ['submitted', 'recommended'],
  returned: ['submitted', 'returned'],
  approved: ['submitted', 'recommended', 'approved'],
}
const ACTION: Record<string, string> = {
  submitted: 'submit',
  recommended: 'recommend',
  returned: 'return',
  approved: 'approve',
}
const dossiers: Row[] = []
const events: Row[] = []
const dossierOfCell = new Map<string, string>()
function fileDossier(org: Row, outcome: Outcome) {
  if (outcome === 'none') return
  const id = uuid()
  dossiers.push({
    id,
    title: `Hồ sơ ${YEAR} – ${org.name}`,
    organizationName: org.name,
    organization: org.id,
    year: YEAR,
    stage: outcome,
    ...stamp,
  })
  let at = inYear(3, 9)
  let from = 'draft'
  for (const to of PATHS[outcome]) {
    at = new Date(at.getTime() + (2 + random() * 20) * 86_400_000)
    events.push({
      id: uuid(),
      summary: `${ACTION[to]} ${org.code}`,
      dossier: id,
      organization: org.id,
      year: YEAR,
      action: ACTION[to],
      fromStage: from,
      toStage: to,
      at: iso(at),
      ...stamp,
    })
    from = to
  }
  return id
}
const outcomes: [Outcome, number][] = [
  ['approved', 0.5],
  ['returned', 0.08],
  ['submitted', 0.07],
  ['recommended', 0.05],
  ['draft', 0.1],
  ['none', 0.2],
]
for (const g of grassroots) fileDossier(g, pick(outcomes))
for (const c of cells) {
  const o = pick(outcomes)
  dossierOfCell.set(String(c.id), fileDossier(c, o === 'none' ? 'draft' : o)!)
}

// Members and their commitments: one per member, filed in the cell's dossier.
const members: Row[] = []
const commitments: Row[] = []
for (const c of cells) {
  for (let m = 0; m < SIZE.membersPerCell; m++) {
    const member = { id: uuid(), name: `Đảng viên ${c.code}-${m + 1}`, organization: c.id, standing: 'full', ...stamp }
    members.push(member)
    commitments.push({
      id: uuid(),
      title: `Phiếu cam kết ${YEAR} – ${member.name}`,
      dossier: dossierOfCell.get(String(c.id)),
      member: member.id,
      organization: c.id,
      year: YEAR,
      commitment: 'Cam kết rèn luyện, giữ gìn phẩm chất đạo đức, lối sống.',
      result: pick<string | null>([
        ['remedied', 0.55],
        ['partly', 0.2],
        ['not-remedied', 0.05],
        [null, 0.2],
      ]),
      ...stamp,
    })
  }
}

const generatedIn = Date.now() - started
const t0 = Date.now()
await insert('organizations', [province, ...districts, ...grassroots, ...cells])
await insert('dossiers', dossiers)
await insert('dossier_events', events)
await insert('members', members)
await insert('commitments', commitments)
await db.client.execute('ANALYZE')
const insertedIn = Date.now() - t0
log(
  `Dữ liệu đo: ${grassroots.length.toLocaleString('vi-VN')} TCCS đảng, ${cells.length.toLocaleString('vi-VN')} chi bộ, ` +
    `${dossiers.length.toLocaleString('vi-VN')} hồ sơ, ${events.length.toLocaleString('vi-VN')} sự kiện, ` +
    `${members.length.toLocaleString('vi-VN')} đảng viên, ${commitments.length.toLocaleString('vi-VN')} phiếu cam kết ` +
    `(khởi tạo và sinh dữ liệu ${(generatedIn / 1000).toFixed(1)} s, ghi ${(insertedIn / 1000).toFixed(1)} s)`,
)

// Sanity: the query path sees what was written.
const check = await queries.progressSummary(payload, { unit: 'grassroots', year: YEAR })
if (check.tally.total !== grassroots.length)
  throw new Error(`Tổng số TCCS sai: ${check.tally.total} ≠ ${grassroots.length}`)
log(`Kiểm tra: ${check.sentence}`)

async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const s = process.hrtime.bigint()
    await fn()
    samples.push(Number(process.hrtime.bigint() - s) / 1e6)
  }
  samples.sort((a, b) => a - b)
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.ceil(p * samples.length) - 1)]
  return { label, median: q(0.5), p95: q(0.95), min: samples[0], max: samples[samples.length - 1] }
}

const { tallyProgress } = await import('@/progress/tally')
const { GRASSROOTS_KINDS } = await import('@/organizations')

/**
 * The baseline measured in the same run: the straightforward path, every grassroots
 * organisation and every dossier of the year through payload.find (hooks and access
 * machinery, all fields), then the same pure tally.
 */
async function straightforwardTally() {
  const orgs = await payload.find({
    collection: 'organizations',
    where: { kind: { in: GRASSROOTS_KINDS } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const dossiersOfYear = await payload.find({
    collection: 'dossiers',
    where: { year: { equals: YEAR } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return tallyProgress(
    orgs.docs.map((o) => ({
      id: String(o.id),
      establishedAt: o.establishedAt as string,
      dissolvedAt: o.dissolvedAt as string,
    })),
    dossiersOfYear.docs.map((d) => ({
      organization: String(typeof d.organization === 'object' ? d.organization?.id : d.organization),
      year: Number(d.year),
      stage: d.stage as never,
    })),
    { year: YEAR, newOrganizationMonths: 6 },
  )
}

const someParent = String(grassroots[0].id)
const baseline = await time(`Đối chứng: cùng tiến độ qua payload.find toàn bộ`, straightforwardTally)
const results = [
  await time(`Tiến độ năm ${YEAR}, ${grassroots.length} TCCS (trực tiếp)`, () =>
    queries.progressSummary(payload, { unit: 'grassroots', year: YEAR }),
  ),
  await time(`Tiến độ năm ${YEAR} tính đến 30/9 (phát lại sự kiện)`, () =>
    queries.progressSummary(payload, {
      unit: 'grassroots',
      year: YEAR,
      asOf: new Date(Date.UTC(YEAR, 8, 30, 16, 59, 59)),
    }),
  ),
  await time(`Diễn biến 12 tháng (phát lại sự kiện)`, () =>
    queries.progressTimelineOf(payload, { unit: 'grassroots', year: YEAR }),
  ),
  await time(`Toàn tỉnh theo ${districts.length} huyện, ${grassroots.length} TCCS (trực tiếp)`, () =>
    queries.provinceRollup(payload, { province: province.id as string, year: YEAR }),
  ),
  await time(`Chi bộ trực thuộc một TCCS`, () =>
    queries.progressSummary(payload, { unit: 'cells', parent: someParent, year: YEAR }),
  ),
  await time(`Phiếu cam kết năm ${YEAR}, ${commitments.length.toLocaleString('vi-VN')} phiếu`, () =>
    queries.commitmentSummary(payload, { year: YEAR }),
  ),
]

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length))
const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10)
log('')
log(
  `${pad('Truy vấn', 58)}${'trung vị'.padStart(10)}${'p95'.padStart(10)}${'nhỏ nhất'.padStart(10)}${'lớn nhất'.padStart(10)}`,
)
log('-'.repeat(98))
for (const r of results) log(`${pad(r.label, 58)}${ms(r.median)}${ms(r.p95)}${ms(r.min)}${ms(r.max)}`)
log(`${pad(baseline.label, 58)}${ms(baseline.median)}${ms(baseline.p95)}${ms(baseline.min)}${ms(baseline.max)}`)
log('')
log(
  `Đường truy vấn thật nhanh hơn đối chứng ${(baseline.median / results[0].median).toFixed(1)} lần (trung vị, đo trong cùng một lần chạy, cùng dữ liệu).`,
)
log(
  `${RUNS} lần đo mỗi truy vấn (sau 3 lần chạy khởi động); Node ${process.version}, ${os.cpus().length} nhân ${os.cpus()[0]?.model ?? ''}.`,
)
const goal = results[0].median < 200 && results[0].p95 < 200
log(goal ? 'Đạt mục tiêu: tiến độ một năm dưới 200 ms.' : 'CHƯA đạt mục tiêu 200 ms cho tiến độ một năm.')

if (flag('keep')) log(`Giữ lại cơ sở dữ liệu đo tại ${dir}`)
else fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
