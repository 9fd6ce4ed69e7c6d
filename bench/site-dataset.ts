/**
 * The site benchmark's dataset (bench/site.ts runs this against its fresh SQLite file): the
 * demo seed — catalogue, the district's organisations and dossiers, images, accounts — then
 * BENCH_ARTICLES published articles (each with a cover image, a category and an author) and
 * BENCH_DOCUMENTS public documents, written in bulk through the adapter with their search
 * entries, as bench/search.ts does.
 */
import { benchDocument, mulberry32, TextMaker } from './dataset'

Object.assign(process.env, { NODE_ENV: 'development', DISABLE_JOB_RUNNER: '1', SEARCH_WARMUP: '0' })
const ARTICLES = Number(process.env.BENCH_ARTICLES) || 10_000
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS) || 1_000
const BATCH = Number(process.env.BENCH_BATCH) || 500

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { articleEntry, documentEntry } = await import('@/search/entries')
const { SEARCH_COLLECTION } = await import('@/search/query')
const { DOCUMENT_TYPES } = await import('@/documents/taxonomy')
const { paragraph, richText } = await import('@/seed/lexical')

// Starting Payload on the empty database runs the demo seed (src/boot/onInit.ts).
const payload = await getPayload({ config })
const ids = async (collection: 'media' | 'categories' | 'authors') =>
  (await payload.find({ collection, limit: 100, depth: 0, pagination: false })).docs.map((d) => d.id)
const [media, categories, authors] = await Promise.all([ids('media'), ids('categories'), ids('authors')])
const text = new TextMaker(mulberry32(2022))

async function insertAll(total: number, make: (req: never, i: number) => Promise<void>) {
  for (let start = 0; start < total; start += BATCH) {
    const transactionID = await payload.db.beginTransaction()
    const req = { transactionID } as never
    for (let i = start; i < Math.min(total, start + BATCH); i++) await make(req, i)
    if (transactionID) await payload.db.commitTransaction(transactionID)
  }
}

const day = 24 * 3600_000
const since = Date.parse('2016-01-01T00:00:00Z')
await insertAll(ARTICLES, async (req, i) => {
  const doc = {
    title: text.sentence(text.int(7, 13)).slice(0, -1),
    slug: `bai-${i}`,
    lead: text.paragraph(2),
    body: richText(Array.from({ length: text.int(4, 8) }, () => paragraph(text.paragraph(text.int(2, 4))))),
    publishedAt: new Date(since + text.int(0, 3000) * day).toISOString(),
    cover: media[i % media.length],
    categories: [categories[i % categories.length]],
    authors: [authors[i % authors.length]],
    _status: 'published',
  }
  const created = (await payload.db.create({ collection: 'articles', data: doc, req })) as unknown as Record<
    string,
    unknown
  >
  await payload.db.create({
    collection: SEARCH_COLLECTION,
    data: articleEntry({ ...doc, id: created.id }) as never,
    req,
  })
})
await insertAll(DOCUMENTS, async (req, i) => {
  const type = DOCUMENT_TYPES[i % DOCUMENT_TYPES.length]
  const doc = benchDocument(text, i, type, undefined)
  const created = (await payload.db.create({ collection: 'guidance-documents', data: doc, req })) as unknown as Record<
    string,
    unknown
  >
  await payload.db.create({
    collection: SEARCH_COLLECTION,
    data: documentEntry({ ...doc, id: created.id }, type.label) as never,
    req,
  })
})
process.exit(0)
