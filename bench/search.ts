/**
 * Search benchmark: seeds 10,000 published articles and 1,000 public guidance documents
 * into a throw-away SQLite database, indexes them with the same entry builders the hooks
 * use, then times the site search (the function behind /tim-kiem) for a set of queries.
 *
 *   npm run bench:search                       (defaults)
 *   BENCH_ARTICLES=2000 BENCH_RUNS=20 npm run bench:search
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { benchDocument, mulberry32, TextMaker } from './dataset'

const ARTICLES = Number(process.env.BENCH_ARTICLES) || 10_000
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS) || 1_000
const RUNS = Number(process.env.BENCH_RUNS) || 30
const BATCH = 500

const QUERIES = [
  'krong no de an 05',
  'Đề án 05',
  'ĐỀ ÁN 05',
  'ke hoach 73',
  'nghi quyet trung uong 4 khoa xii',
  'tu dien bien tu chuyen hoa',
  'chi bo',
  'dang vien',
  'kiem tra giam sat ky luat',
  'Buôn Choáh',
  'hoi nghi so ket cuoi nam',
  'TT-01',
  'chuyen doi so',
  'xyz khong co tu nay',
]

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'soi-sua-bench-'))
Object.assign(process.env, {
  NODE_ENV: 'development', // lets Payload create the schema of the fresh database
  DATABASE_URL: `file:${path.join(tmp, 'bench.db')}`,
  MEDIA_DIR: path.join(tmp, 'media'),
  DOCUMENT_FILES_DIR: path.join(tmp, 'document-files'),
  PAYLOAD_SECRET: 'bench-secret-bench-secret-bench',
  SEED_ON_INIT: '0',
  SEARCH_WARMUP: '0', // the benchmark writes past the hooks, then loads the mirror itself
  DISABLE_JOB_RUNNER: '1',
})

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { articleEntry, documentEntry } = await import('@/search/entries')
const { runSearch, SEARCH_COLLECTION } = await import('@/search/query')
const { liveIndex } = await import('@/search/liveIndex')
const { DOCUMENT_TYPES } = await import('@/documents/taxonomy')
const { paragraph, richText } = await import('@/seed/lexical')

const payload = await getPayload({ config })
const text = new TextMaker(mulberry32(2022))
const log = (s: string) => process.stdout.write(`${s}\n`)

/** Writes rows in transactions of BATCH, straight through the adapter (no hooks, no versions). */
async function insertAll(total: number, make: (i: number) => Promise<void>) {
  for (let start = 0; start < total; start += BATCH) {
    const transactionID = await payload.db.beginTransaction()
    const req = { transactionID } as never
    for (let i = start; i < Math.min(total, start + BATCH); i++) await make.call(req, i)
    if (transactionID) await payload.db.commitTransaction(transactionID)
  }
}

log(`Cơ sở dữ liệu tạm: ${tmp}`)
let t0 = performance.now()
const day = 24 * 3600_000
const since = Date.parse('2016-01-01T00:00:00Z')
await insertAll(ARTICLES, async function (this: never, i) {
  const title = `${text.sentence(text.int(7, 13)).slice(0, -1)}${i % 97 === 0 ? ' — Krông Nô thực hiện Đề án 05' : ''}`
  const paragraphs = Array.from({ length: text.int(4, 8) }, () => text.paragraph(text.int(2, 4)))
  const doc = {
    title,
    slug: `bai-${i}`,
    lead: text.paragraph(2),
    body: richText(paragraphs.map(paragraph)),
    publishedAt: new Date(since + text.int(0, 3000) * day).toISOString(),
    _status: 'published',
  }
  const created = (await payload.db.create({ collection: 'articles', data: doc, req: this })) as unknown as Record<
    string,
    unknown
  >
  await payload.db.create({
    collection: SEARCH_COLLECTION,
    data: articleEntry({ ...doc, id: created.id }) as never,
    req: this,
  })
})
log(`Đã nạp ${ARTICLES} bài viết trong ${((performance.now() - t0) / 1000).toFixed(1)} s`)
t0 = performance.now()
await insertAll(DOCUMENTS, async function (this: never, i) {
  const type = DOCUMENT_TYPES[i % DOCUMENT_TYPES.length]
  const doc = benchDocument(text, i, type, richText([paragraph(text.paragraph(3)), paragraph(text.paragraph(3))]))
  const created = (await payload.db.create({
    collection: 'guidance-documents',
    data: doc,
    req: this,
  })) as unknown as Record<string, unknown>
  await payload.db.create({
    collection: SEARCH_COLLECTION,
    data: documentEntry({ ...doc, id: created.id }, type.label) as never,
    req: this,
  })
})
log(`Đã nạp ${DOCUMENTS} văn bản trong ${((performance.now() - t0) / 1000).toFixed(1)} s`)

t0 = performance.now()
const mirror = await liveIndex({ payload })
log(
  `Nạp chỉ mục vào bộ nhớ (lần tìm kiếm đầu tiên sau khi khởi động): ${((performance.now() - t0) / 1000).toFixed(1)} s, ${mirror.size} mục`,
)

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
const { foldDiacritics } = await import('@/vietnamese')

/**
 * The baseline measured in the same run: the straightforward design, a LIKE scan of the
 * folded words of every public entry per query (first page of ten, with its total).
 */
async function scanSearch(q: string) {
  const tokens = foldDiacritics(q)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  return payload.find({
    collection: SEARCH_COLLECTION,
    where: { and: [{ isPublic: { equals: true } }, ...tokens.map((t) => ({ words: { contains: t } }))] },
    limit: 10,
    depth: 0,
    overrideAccess: false,
  })
}
const BASELINE_RUNS = Math.max(5, Math.floor(RUNS / 3))
const rows: Array<{ q: string; hits: number; median: number; p95: number; scan: number }> = []
const all: number[] = []
const allScans: number[] = []
for (const q of QUERIES) {
  for (let w = 0; w < 3; w++) await runSearch(payload, { q })
  const times: number[] = []
  let hits = 0
  for (let r = 0; r < RUNS; r++) {
    // Alternate first page, second page and one kind, as readers do.
    const variant = r % 3
    const start = performance.now()
    const res = await runSearch(payload, { q, page: variant === 1 ? 2 : 1, kind: variant === 2 ? 'document' : null })
    times.push(performance.now() - start)
    if (variant === 0) hits = res.total
  }
  times.sort((a, b) => a - b)
  all.push(...times)
  const scans: number[] = []
  for (let r = 0; r < BASELINE_RUNS; r++) {
    const start = performance.now()
    await scanSearch(q)
    scans.push(performance.now() - start)
  }
  scans.sort((a, b) => a - b)
  allScans.push(...scans)
  rows.push({ q, hits, median: quantile(times, 0.5), p95: quantile(times, 0.95), scan: quantile(scans, 0.5) })
}
all.sort((a, b) => a - b)
allScans.sort((a, b) => a - b)

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length))
const num = (n: number) => n.toFixed(1).padStart(8)
log('')
const ratio = (base: number, fast: number) => `${(base / fast).toFixed(1)}×`.padStart(8)
log(
  `${pad('Truy vấn', 36)} ${'kết quả'.padStart(8)} ${'trung vị'.padStart(8)} ${'p95'.padStart(8)} ${'quét LIKE'.padStart(9)} ${'nhanh hơn'.padStart(9)}  (ms; ${RUNS} lần, quét ${BASELINE_RUNS} lần/truy vấn)`,
)
log('-'.repeat(88))
for (const r of rows)
  log(
    `${pad(r.q, 36)} ${String(r.hits).padStart(8)} ${num(r.median)} ${num(r.p95)} ${num(r.scan)} ${ratio(r.scan, r.median)}`,
  )
log('-'.repeat(88))
log(
  `${pad('Tất cả', 36)} ${''.padStart(8)} ${num(quantile(all, 0.5))} ${num(quantile(all, 0.95))} ${num(quantile(allScans, 0.5))} ${ratio(quantile(allScans, 0.5), quantile(all, 0.5))}`,
)
log('')
log(
  `${ARTICLES} bài viết, ${DOCUMENTS} văn bản; Node ${process.version}; ${os.cpus().length} lõi (${os.cpus()[0]?.model ?? '?'})`,
)

if (!process.env.BENCH_KEEP) fs.rmSync(tmp, { recursive: true, force: true })
process.exit(0)
