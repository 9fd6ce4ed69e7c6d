/**
 * npm run soak — the production build under load, then a crash in the middle of writes.
 *
 *   1. `next build` (through /tmp/soisua-build.lock; SOAK_REUSE_BUILD=1 reuses .next), then
 *      the production server (`server.mjs`) on 127.0.0.1:$SOAK_PORT (3104) with a fresh demo database in a temp dir.
 *   2. For SOAK_SECONDS (60): SOAK_READERS (200) concurrent readers on public pages and
 *      SOAK_STAFF (10) staff writing comments, articles, dossier edits and workflow steps, one
 *      request at a time each. Every write carries a unique marker.
 *   3. Every acknowledged write is looked for afterwards, and every marker counted (no write
 *      may be stored twice).
 *   4. Writes and uploads again, SIGKILL of the server in their middle, restart, and the crash
 *      checks: PRAGMA integrity_check, every dossier's stage has its event, every upload record
 *      has its file and every file its record.
 *
 * Loopback only, bounded in time; prints its figures. SOAK_KEEP=1 keeps the temp dir.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import sharp from 'sharp'

const root = path.resolve(import.meta.dirname, '..')
const PORT = Number(process.env.SOAK_PORT || 3104)
const READERS = Number(process.env.SOAK_READERS || 200)
const STAFF = Number(process.env.SOAK_STAFF || 10)
const SECONDS = Number(process.env.SOAK_SECONDS || 60)
const WRITE_TIMEOUT_MS = 30_000
const READ_TIMEOUT_MS = 30_000
/** SOAK_BASE_URL: a server already running on this machine (no build, no restart, no crash phase). */
const EXTERNAL = process.env.SOAK_BASE_URL?.replace(/\/$/, '')
if (EXTERNAL && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(EXTERNAL))
  throw new Error('SOAK_BASE_URL phải là máy này (127.0.0.1 hoặc localhost).')
const BASE = EXTERNAL ?? `http://127.0.0.1:${PORT}`
const PASSWORD = 'SoiSua@2026'
const ACCOUNTS = {
  admin: 'admin@soisua.vn',
  editor: 'bientap@soisua.vn',
  reporter: 'phongvien@soisua.vn',
  officer: 'coso@soisua.vn',
  reviewer: 'tuyengiao@soisua.vn',
} as const
type Account = keyof typeof ACCOUNTS

const runId = `soak${Date.now().toString(36)}${crypto.randomBytes(2).toString('hex')}`
let seq = 0
const marker = (kind: string) => `${runId}-${kind}-${++seq}`
const log = (msg: string) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${msg}`)

// ---------------------------------------------------------------- server

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'soisua-soak-'))
const dirs = {
  media: path.join(tmp, 'media'),
  'document-files': path.join(tmp, 'document-files'),
  'dossier-files': path.join(tmp, 'dossier-files'),
} as const
const dbFile = path.join(tmp, 'soak.db')
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: `file:${dbFile}`,
  MEDIA_DIR: dirs.media,
  DOCUMENT_FILES_DIR: dirs['document-files'],
  DOSSIER_FILES_DIR: dirs['dossier-files'],
  PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
  SERVER_URL: BASE,
  NEXT_PUBLIC_SERVER_URL: BASE,
  SEED_ON_INIT: '1',
  // Like the demo: the schema follows the collections on start, so the soak runs on any branch
  // whether or not its migrations are written yet.
  SQLITE_SCHEMA_SYNC: '1',
  COMMENT_RATE_LIMIT: '1000000',
  NEXT_TELEMETRY_DISABLED: '1',
}
for (const k of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_USER', 'SMTP_PASS']) delete serverEnv[k]
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'w')
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', out, out] })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} → ${code}; xem ${logFile}`)),
    )
  })
}

let server: ChildProcess | undefined
let serverLogNo = 0

async function startServer(): Promise<void> {
  const logFile = path.join(tmp, `server-${++serverLogNo}.log`)
  const out = fs.openSync(logFile, 'w')
  server = spawn(process.execPath, [path.join(root, 'server.mjs'), '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: root,
    env: serverEnv,
    stdio: ['ignore', out, out],
    detached: true,
  })
  fs.closeSync(out)
  const deadline = Date.now() + 15 * 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`máy chủ dừng (mã ${server.exitCode}); xem ${logFile}`)
    try {
      const res = await fetch(`${BASE}/api/users/me`, { signal: AbortSignal.timeout(5000) })
      if (res.status < 500) {
        await res.arrayBuffer()
        return
      }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error('máy chủ không sẵn sàng sau 15 phút')
}

function killServer(signal: NodeJS.Signals): Promise<void> {
  const s = server
  if (!s || s.exitCode !== null || s.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    s.once('exit', () => resolve())
    try {
      process.kill(-s.pid!, signal)
    } catch {
      resolve()
    }
  })
}

// ---------------------------------------------------------------- HTTP

type Res = { status: number; json: any; ms: number }
const tokens: Partial<Record<Account, string>> = {}

async function call(
  method: string,
  pathname: string,
  opts: { as?: Account; body?: unknown; ip?: string; timeoutMs?: number } = {},
): Promise<Res> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (opts.as) headers.Authorization = `JWT ${tokens[opts.as]}`
  if (opts.ip) headers['X-Forwarded-For'] = opts.ip
  let body: BodyInit | undefined
  if (opts.body instanceof FormData) body = opts.body
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body)
    headers['Content-Type'] = 'application/json'
  }
  const started = performance.now()
  const res = await fetch(`${BASE}${pathname}`, {
    method,
    headers,
    body,
    signal: AbortSignal.timeout(opts.timeoutMs ?? WRITE_TIMEOUT_MS),
  })
  const text = await res.text()
  let json: any
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: res.status, json, ms: performance.now() - started }
}

/** Setting up and checking are not measured: they may wait longer than a measured write. */
const setupCall = (method: string, pathname: string, opts: Parameters<typeof call>[2] = {}) =>
  call(method, pathname, { timeoutMs: 120_000, ...opts })

async function must(r: Promise<Res>, what: string): Promise<any> {
  const res = await r
  if (res.status >= 300)
    throw new Error(`${what}: HTTP ${res.status} ${String(JSON.stringify(res.json) ?? '').slice(0, 300)}`)
  return res.json
}

async function loginAll(): Promise<void> {
  for (const [who, email] of Object.entries(ACCOUNTS) as [Account, string][]) {
    tokens[who] = (
      await must(setupCall('POST', '/api/users/login', { body: { email, password: PASSWORD } }), `đăng nhập ${email}`)
    ).token
  }
}

const randomIp = () =>
  `10.${(seq % 250) + 1}.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`

function pdf(note: string): Blob {
  const body = `%PDF-1.4\n% ${note}\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n47\n%%EOF\n`
  return new Blob([body], { type: 'application/pdf' })
}

function uploadForm(fields: Record<string, unknown>, file: Blob, name: string): FormData {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  form.append('file', file, name)
  return form
}

// ---------------------------------------------------------------- fixtures

type Fixtures = {
  readerPaths: string[]
  articleId: string
  indicators: string[]
  parentOrg: string
  editDossiers: string[]
  flowDossiers: string[]
  image: Blob
}

async function createDossier(f: Pick<Fixtures, 'indicators' | 'parentOrg'>, label: string): Promise<string> {
  const code = `SOAK-${crypto.randomBytes(4).toString('hex').toUpperCase()}`
  const org = await must(
    setupCall('POST', '/api/organizations', {
      as: 'admin',
      body: { name: `Chi bộ tải thử ${label} ${code}`, code, kind: 'cell', sector: 'agency', parent: f.parentOrg },
    }),
    'tạo chi bộ',
  )
  const content = {
    identified: f.indicators.map((indicator) => ({ indicator, note: 'Tải thử' })),
    planItems: f.indicators.map((id, i) => ({
      measure: `Biện pháp ${i + 1}`,
      indicators: [id],
      responsible: 'Bí thư chi bộ',
    })),
    shortcomings: [{ source: 'Phiếu kết luận', text: 'Tải thử', indicators: [f.indicators[0]] }],
  }
  const dossier = await must(
    setupCall('POST', '/api/dossiers', { as: 'officer', body: { organization: org.doc.id, year: 2023, ...content } }),
    'lập hồ sơ',
  )
  return String(dossier.doc.id)
}

async function fixtures(): Promise<Fixtures> {
  const articles = await must(setupCall('GET', '/api/articles?limit=20&depth=0&select[slug]=true'), 'đọc bài')
  const categories = await must(setupCall('GET', '/api/categories?limit=5&depth=0&select[slug]=true'), 'đọc chuyên mục')
  const documents = await must(
    setupCall('GET', '/api/guidance-documents?limit=5&depth=0&select[slug]=true'),
    'đọc văn bản',
  )
  const indicators = await must(
    setupCall('GET', '/api/indicators?limit=3&sort=code&depth=0&select[code]=true'),
    'đọc biểu hiện',
  )
  const parent = await must(
    setupCall('GET', '/api/organizations?where[code][equals]=DM&depth=0', { as: 'admin' }),
    'tìm Đắk Mâm',
  )
  const readerPaths = [
    '/',
    '/van-ban',
    '/bieu-hien',
    '/tien-do',
    '/tim-kiem?q=de+an+05',
    ...articles.docs.map((d: { slug: string }) => `/tin-tuc/${d.slug}`),
    ...categories.docs.map((d: { slug: string }) => `/chuyen-muc/${d.slug}`),
    ...documents.docs.map((d: { slug: string }) => `/van-ban/${d.slug}`),
    ...indicators.docs.map((d: { code: string }) => `/bieu-hien/${d.code}`),
  ]
  const base = {
    indicators: indicators.docs.map((d: { id: string }) => String(d.id)),
    parentOrg: String(parent.docs[0].id),
  }
  const editDossiers: string[] = []
  const flowDossiers: string[] = []
  for (let i = 0; i < STAFF; i++) editDossiers.push(await createDossier(base, `sửa ${i}`))
  for (let i = 0; i < STAFF; i++) flowDossiers.push(await createDossier(base, `quy trình ${i}`))
  const png = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .png()
    .toBuffer()
  return {
    readerPaths,
    articleId: String(articles.docs[0].id),
    ...base,
    editDossiers,
    flowDossiers,
    image: new Blob([new Uint8Array(png)], { type: 'image/png' }),
  }
}

// ---------------------------------------------------------------- writes

type Kind = 'comment' | 'article' | 'dossier-edit' | 'transition' | 'dossier-file' | 'media'
type Write = {
  kind: Kind
  marker: string
  ms: number
  acked: boolean
  status: number | 'timeout' | 'error'
  id?: string
  dossier?: string
}

/** One staff member's round of writes; each worker owns its dossiers, so no two edit one record. */
function staffWorker(f: Fixtures, n: number, writes: Write[], opts: { uploads: boolean }) {
  const editDossier = f.editDossiers[n % f.editDossiers.length]
  const flowDossier = f.flowDossiers[n % f.flowDossiers.length]
  let planItems: unknown[] | undefined
  let flowStage: 'draft' | 'submitted' | 'returned' = 'draft'
  const kinds: Kind[] = opts.uploads
    ? ['dossier-file', 'media', 'transition', 'article', 'comment']
    : ['comment', 'article', 'dossier-edit', 'transition']
  let turn = n

  async function attempt(
    kind: Kind,
    m: string,
    send: () => Promise<Res>,
    onAck?: (r: Res) => Partial<Write>,
  ): Promise<void> {
    const started = performance.now()
    const w: Write = { kind, marker: m, ms: 0, acked: false, status: 'error' }
    writes.push(w)
    try {
      const r = await send()
      w.ms = performance.now() - started
      w.status = r.status
      w.acked = r.status >= 200 && r.status < 300
      if (w.acked && onAck) Object.assign(w, onAck(r))
    } catch (err) {
      w.ms = performance.now() - started
      w.status = (err as Error).name === 'TimeoutError' ? 'timeout' : 'error'
    }
  }

  return async function once(): Promise<void> {
    const kind = kinds[turn++ % kinds.length]
    if (kind === 'comment') {
      const m = marker('comment')
      await attempt(
        kind,
        m,
        () =>
          call('POST', '/api/comments', {
            ip: randomIp(),
            body: {
              article: f.articleId,
              authorName: 'Bạn đọc tải thử',
              email: 'tai.thu@example.vn',
              body: `Ý kiến ${m}`,
            },
          }),
        (r) => ({ id: String(r.json?.doc?.id) }),
      )
    } else if (kind === 'article') {
      const m = marker('article')
      await attempt(
        kind,
        m,
        () =>
          call('POST', '/api/articles', {
            as: 'reporter',
            body: { title: `Bài tải thử ${m}`, slug: m, lead: 'Tải thử.', _status: 'draft' },
          }),
        (r) => ({
          id: String(r.json?.doc?.id),
        }),
      )
    } else if (kind === 'dossier-edit') {
      if (!planItems)
        planItems = (
          await must(setupCall('GET', `/api/dossiers/${editDossier}?depth=0`, { as: 'officer' }), 'đọc hồ sơ')
        ).planItems
      const m = marker('edit')
      const next = [...planItems!, { measure: m, indicators: [f.indicators[0]], responsible: 'Tải thử' }]
      await attempt(
        kind,
        m,
        () => call('PATCH', `/api/dossiers/${editDossier}?depth=0`, { as: 'officer', body: { planItems: next } }),
        () => {
          planItems = next
          return { dossier: editDossier }
        },
      )
    } else if (kind === 'transition') {
      const m = marker('step')
      const step =
        flowStage === 'submitted'
          ? { as: 'reviewer' as const, body: { action: 'return', reason: m }, to: 'returned' as const }
          : {
              as: 'officer' as const,
              // Sent back unchanged after a return: the officer answers the reason.
              body: flowStage === 'draft' ? { action: 'submit' } : { action: 'resubmit', reason: `Trả lời ${m}` },
              to: 'submitted' as const,
            }
      await attempt(
        kind,
        m,
        () => call('POST', `/api/dossiers/${flowDossier}/transition`, { as: step.as, body: step.body }),
        (r) => {
          flowStage = step.to
          return { id: String(r.json?.event?.id), dossier: flowDossier }
        },
      )
    } else if (kind === 'dossier-file') {
      const m = marker('file')
      // Files go to a dossier still with the organisation (the edit dossiers stay in draft).
      await attempt(
        kind,
        m,
        () =>
          call('POST', '/api/dossier-files', {
            as: 'officer',
            body: uploadForm({ dossier: editDossier, kind: 'other', title: m }, pdf(m), `${m}.pdf`),
          }),
        (r) => ({
          id: String(r.json?.doc?.id),
        }),
      )
    } else if (kind === 'media') {
      const m = marker('media')
      await attempt(
        kind,
        m,
        () =>
          call('POST', '/api/media', { as: 'reporter', body: uploadForm({ alt: `Ảnh ${m}` }, f.image, `${m}.png`) }),
        (r) => ({
          id: String(r.json?.doc?.id),
        }),
      )
    }
  }
}

// ---------------------------------------------------------------- readers

type ReadStats = { served: number; fivexx: number; failed: number; ms: number[] }

async function reader(paths: string[], until: number, stats: ReadStats, offset: number): Promise<void> {
  let i = offset
  while (Date.now() < until) {
    const p = paths[i++ % paths.length]
    const started = performance.now()
    try {
      const res = await fetch(`${BASE}${p}`, { signal: AbortSignal.timeout(READ_TIMEOUT_MS) })
      await res.arrayBuffer()
      stats.ms.push(performance.now() - started)
      if (res.status >= 500) stats.fivexx++
      else stats.served++
    } catch {
      stats.failed++
    }
  }
}

// ---------------------------------------------------------------- figures

function pct(values: number[], p: number): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const fmt = (ms: number) =>
  Number.isNaN(ms) ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`

/** How many times each marker is stored, per kind of write. */
async function storedMarkers(f: Fixtures): Promise<Map<string, number>> {
  const count = new Map<string, number>()
  const add = (text: unknown) => {
    for (const m of String(text ?? '').match(new RegExp(`${runId}-[a-z-]+-\\d+`, 'g')) ?? [])
      count.set(m, (count.get(m) ?? 0) + 1)
  }
  const all = async (collection: string, select: string, extra = '') =>
    (
      await must(
        setupCall('GET', `/api/${collection}?pagination=false&depth=0&${select}${extra}`, {
          as: 'admin',
          timeoutMs: 120_000,
        }),
        `đọc ${collection}`,
      )
    ).docs as any[]
  for (const c of await all('comments', 'select[body]=true', `&where[body][contains]=${runId}`)) add(c.body)
  for (const a of await all('articles', 'select[title]=true', `&draft=true&where[title][contains]=${runId}`))
    add(a.title)
  for (const d of await all('dossier-files', 'select[title]=true', `&where[title][contains]=${runId}`)) add(d.title)
  for (const d of await all('media', 'select[alt]=true', `&where[alt][contains]=${runId}`)) add(d.alt)
  for (const id of f.editDossiers) {
    const d = await must(setupCall('GET', `/api/dossiers/${id}?depth=0`, { as: 'admin' }), 'đọc hồ sơ')
    for (const item of d.planItems ?? []) add(item.measure)
  }
  const events = await all(
    'dossier-events',
    'select[note]=true&select[dossier]=true&select[toStage]=true',
    `&where[dossier][in]=${f.flowDossiers.join(',')}`,
  )
  for (const e of events) add(e.note)
  return count
}

/** Markers of submit/resubmit steps are not stored (they carry no reason): found by event id. */
async function eventIds(f: Fixtures): Promise<Set<string>> {
  const r = await must(
    setupCall(
      'GET',
      `/api/dossier-events?pagination=false&depth=0&select[id]=true&where[dossier][in]=${f.flowDossiers.join(',')}`,
      { as: 'admin' },
    ),
    'đọc nhật ký',
  )
  return new Set(r.docs.map((e: { id: string }) => String(e.id)))
}

function verify(writes: Write[], stored: Map<string, number>, events: Set<string>) {
  const acked = writes.filter((w) => w.acked)
  const isFound = (w: Write) =>
    w.kind === 'transition' ? (w.id ? events.has(w.id) : false) : (stored.get(w.marker) ?? 0) > 0
  const found = acked.filter(isFound)
  const duplicated = [...stored.values()].filter((n) => n > 1).length
  const unacked = writes.filter((w) => !w.acked)
  const committedUnacked = unacked.filter((w) => w.kind !== 'transition' && (stored.get(w.marker) ?? 0) > 0).length
  return {
    acked: acked.length,
    found: found.length,
    duplicated,
    unacked: unacked.length,
    committedUnacked,
    lost: acked.filter((w) => !isFound(w)),
  }
}

// ---------------------------------------------------------------- crash checks

async function integrityCheck(): Promise<string> {
  const { createClient } = await import('@libsql/client')
  const db = createClient({ url: `file:${dbFile}` })
  try {
    const r = await db.execute('PRAGMA integrity_check')
    return r.rows.map((row) => String(Object.values(row)[0])).join('; ')
  } finally {
    db.close()
  }
}

async function stagesWithoutEvents(): Promise<string[]> {
  const dossiers = (
    await must(
      setupCall('GET', '/api/dossiers?pagination=false&depth=0&select[stage]=true', {
        as: 'admin',
        timeoutMs: 120_000,
      }),
      'đọc hồ sơ',
    )
  ).docs as {
    id: string
    stage: string
  }[]
  const events = (
    await must(
      setupCall(
        'GET',
        '/api/dossier-events?pagination=false&depth=0&sort=at&select[dossier]=true&select[toStage]=true&select[at]=true',
        { as: 'admin', timeoutMs: 120_000 },
      ),
      'đọc nhật ký',
    )
  ).docs as {
    dossier: string
    toStage: string
  }[]
  const last = new Map<string, string>()
  for (const e of events) last.set(String(e.dossier), e.toStage)
  return dossiers
    .filter((d) =>
      d.stage === 'draft'
        ? last.has(String(d.id)) && last.get(String(d.id)) !== 'draft'
        : last.get(String(d.id)) !== d.stage,
    )
    .map((d) => `${d.id} (${d.stage})`)
}

async function uploadMismatches(): Promise<{ missing: string[]; orphans: string[] }> {
  const missing: string[] = []
  const orphans: string[] = []
  for (const [collection, dir] of Object.entries(dirs)) {
    const docs = (
      await must(
        setupCall('GET', `/api/${collection}?pagination=false&depth=0&draft=true`, { as: 'admin', timeoutMs: 120_000 }),
        `đọc ${collection}`,
      )
    ).docs as {
      filename?: string
      sizes?: Record<string, { filename?: string | null }>
    }[]
    const expected = new Set<string>()
    for (const d of docs) {
      if (d.filename) expected.add(d.filename)
      for (const s of Object.values(d.sizes ?? {})) if (s?.filename) expected.add(s.filename)
    }
    const present = new Set(
      fs.existsSync(dir)
        ? fs
            .readdirSync(dir, { withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => e.name)
        : [],
    )
    for (const name of expected) if (!present.has(name)) missing.push(`${collection}/${name}`)
    for (const name of present) if (!expected.has(name)) orphans.push(`${collection}/${name}`)
  }
  return { missing, orphans }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const started = Date.now()
  const reuse = process.env.SOAK_REUSE_BUILD === '1' && fs.existsSync(path.join(root, '.next', 'BUILD_ID'))
  if (!reuse && !EXTERNAL) {
    log('next build (chờ khóa /tmp/soisua-build.lock)…')
    await run(
      'flock',
      ['/tmp/soisua-build.lock', process.execPath, nextBin, 'build'],
      { ...serverEnv, DISABLE_JOB_RUNNER: '1' },
      path.join(tmp, 'build.log'),
    )
  }
  log(EXTERNAL ? `máy chủ đang chạy ${BASE}…` : `máy chủ ${BASE}, cơ sở dữ liệu mẫu mới ở ${tmp}…`)
  if (!EXTERNAL) await startServer()
  await loginAll()
  const f = await fixtures()
  log(`${f.readerPaths.length} trang công khai; ${READERS} người đọc, ${STAFF} cán bộ ghi trong ${SECONDS} giây…`)

  // ---- load
  const until = Date.now() + SECONDS * 1000
  const reads: ReadStats = { served: 0, fivexx: 0, failed: 0, ms: [] }
  const writes: Write[] = []
  const staff = Array.from({ length: STAFF }, (_, n) => staffWorker(f, n, writes, { uploads: false }))
  await Promise.all([
    ...Array.from({ length: READERS }, (_, i) => reader(f.readerPaths, until, reads, i)),
    ...staff.map(async (once) => {
      while (Date.now() < until) await once()
    }),
  ])
  const writeMs = writes.map((w) => w.ms)
  const staff5xx = writes.filter((w) => typeof w.status === 'number' && w.status >= 500).length
  const refused = writes.filter((w) => typeof w.status === 'number' && w.status >= 400 && w.status < 500)
  log('kiểm tra các lần ghi…')
  const result = verify(writes, await storedMarkers(f), await eventIds(f))

  if (EXTERNAL) {
    console.log(
      `readers served ${reads.served}, 5xx ${reads.fivexx}, failed ${reads.failed}; staff writes ${writes.length}, p99 ${fmt(pct(writeMs, 99))}, 5xx ${staff5xx}, refused ${refused.length}; acknowledged ${result.acked}, found ${result.found}, duplicated ${result.duplicated}`,
    )
    if (refused.length) console.log(`refusals: ${[...new Set(refused.map((w) => `${w.kind} ${w.status}`))].join(', ')}`)
    process.exitCode =
      reads.fivexx === 0 && staff5xx === 0 && result.found === result.acked && result.duplicated === 0 ? 0 : 1
    return
  }

  // ---- crash
  log('ghi và tải tệp lên, rồi SIGKILL máy chủ giữa chừng…')
  const crashWrites: Write[] = []
  const crashWorkers = Array.from({ length: STAFF }, (_, n) => staffWorker(f, n, crashWrites, { uploads: true }))
  let killed = false
  const writing = crashWorkers.map(async (once) => {
    while (!killed) await once()
  })
  await new Promise((r) => setTimeout(r, 4000))
  const inFlight = crashWrites.filter((w) => w.ms === 0).length
  killed = true
  await killServer('SIGKILL')
  await Promise.all(writing)
  const integrity = await integrityCheck()
  log('khởi động lại…')
  await startServer()
  await loginAll()
  const stages = await stagesWithoutEvents()
  const uploads = await uploadMismatches()
  const crashVerify = verify(crashWrites, await storedMarkers(f), await eventIds(f))
  await killServer('SIGTERM')

  // ---- figures
  const byKind = (ws: Write[]) =>
    (['comment', 'article', 'dossier-edit', 'transition', 'dossier-file', 'media'] as Kind[])
      .map((k) => [k, ws.filter((w) => w.kind === k)] as const)
      .filter(([, list]) => list.length)
      .map(
        ([k, list]) =>
          `${k} ${list.filter((w) => w.acked).length}/${list.length} (p99 ${fmt(
            pct(
              list.map((w) => w.ms),
              99,
            ),
          )})`,
      )
      .join(', ')
  const lines = [
    '',
    `Soi Sửa soak — ${new Date().toISOString()}, ${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}, Node ${process.version}`,
    `load: ${READERS} readers + ${STAFF} staff for ${SECONDS} s against the production server (server.mjs), fresh demo SQLite`,
    `readers served: ${reads.served} (${(reads.served / SECONDS).toFixed(1)}/s), p50 ${fmt(pct(reads.ms, 50))}, p99 ${fmt(pct(reads.ms, 99))}; 5xx: ${reads.fivexx}; timeouts/network errors: ${reads.failed}`,
    `staff writes: ${writes.length}, p50 ${fmt(pct(writeMs, 50))}, p95 ${fmt(pct(writeMs, 95))}, p99 ${fmt(pct(writeMs, 99))}, max ${fmt(Math.max(...writeMs))}; 5xx: ${staff5xx}; refused (4xx): ${refused.length}; timeouts (>${WRITE_TIMEOUT_MS / 1000} s): ${writes.filter((w) => w.status === 'timeout').length}`,
    `  by kind (acknowledged/attempted): ${byKind(writes)}`,
    `writes acknowledged ${result.acked}, found ${result.found}, duplicated ${result.duplicated}; not acknowledged ${result.unacked} (of which stored anyway: ${result.committedUnacked})`,
    `crash: SIGKILL with ${inFlight} writes/uploads in flight (${byKind(crashWrites)})`,
    `  PRAGMA integrity_check: ${integrity}`,
    `  dossiers whose stage has no event: ${stages.length}${stages.length ? ` — ${stages.slice(0, 5).join(', ')}` : ''}`,
    `  upload records without their file: ${uploads.missing.length}${uploads.missing.length ? ` — ${uploads.missing.slice(0, 5).join(', ')}` : ''}`,
    `  files without their record: ${uploads.orphans.length}${uploads.orphans.length ? ` — ${uploads.orphans.slice(0, 5).join(', ')}` : ''}`,
    `  acknowledged before the kill ${crashVerify.acked}, found after restart ${crashVerify.found}, duplicated ${crashVerify.duplicated}`,
    `total ${Math.round((Date.now() - started) / 1000)} s; server logs in ${tmp}${process.env.SOAK_KEEP === '1' ? '' : ' (removed)'}`,
  ]
  console.log(lines.join('\n'))
  if (refused.length) console.log(`refusals: ${[...new Set(refused.map((w) => `${w.kind} ${w.status}`))].join(', ')}`)
  if (result.lost.length)
    console.log(
      `lost: ${result.lost
        .slice(0, 10)
        .map((w) => `${w.kind} ${w.marker}`)
        .join(', ')}`,
    )
  const ok =
    reads.fivexx === 0 &&
    staff5xx === 0 &&
    result.found === result.acked &&
    result.duplicated === 0 &&
    integrity === 'ok' &&
    !stages.length &&
    !uploads.missing.length &&
    !uploads.orphans.length &&
    crashVerify.found === crashVerify.acked
  console.log(ok ? 'soak: all checks passed' : 'soak: CHECKS FAILED')
  process.exitCode = ok ? 0 : 1
}

main()
  .catch((err) => {
    console.error(err)
    process.exitCode = 1
  })
  .finally(async () => {
    await killServer('SIGTERM')
    if (process.env.SOAK_KEEP !== '1') fs.rmSync(tmp, { recursive: true, force: true })
  })
