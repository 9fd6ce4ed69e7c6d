import type { Payload, Where } from 'payload'
import { parseVietnamDateTime } from '@/vietnamese'
import { slugify } from '@/vietnamese'
import reference from './content/reference-article.json'
import { seedDistrictDossiers } from './dossiers'
import { seedInspections } from './inspections'
import { seedProvince } from './province'
import { seedProgressArticle } from './progress'
import { DEMO_ARTICLES, DEMO_AUTHORS, DEMO_CATEGORIES, DEMO_PASSWORD, DEMO_USERS, SERIES_TITLE } from './demoArticles'
import { ensureSearchIndex } from '@/search/sync'
import { seedCatalogue } from './catalogue'
import { citeDocumentsInArticle, seedGuidanceDocuments } from './guidance'
import { placeholderImage } from './images'
import { block, heading, paragraph, plainRichText, richText } from './lexical'

type Slug = Parameters<Payload['find']>[0]['collection']
type Doc = { id: string | number }

/** A paragraph, heading, quote or figure of the reference article's JSON. */
type ReferencePart = {
  kind: string
  text?: string
  before?: string
  after?: string
  speaker?: string
  position?: string
  caption?: string
  image?: number
}

export type SeedReport = { created: Record<string, number> }

/**
 * Demo content: the reference article exactly as the newspaper published it, its series,
 * a few other articles, and one account per role. Safe to run again: what exists is kept.
 */
export async function seedDemo(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = { created: {} }
  const ctx = { seeding: true }

  async function ensure(
    collection: Slug,
    where: Where,
    create: () => Promise<Record<string, unknown>>,
    opts: { draft?: boolean } = {},
  ): Promise<Doc> {
    const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, pagination: false })
    if (found.docs[0]) return found.docs[0]
    const data = await create()
    const doc = await payload.create({ collection, data: data, draft: opts.draft, context: ctx, depth: 0 })
    report.created[collection] = (report.created[collection] ?? 0) + 1
    return doc
  }

  // Organisations (the full district comes with the dossiers; these are the accounts' own).
  const district = await ensure('organizations', { code: { equals: 'KN' } }, async () => ({
    name: 'Đảng bộ huyện Krông Nô',
    code: 'KN',
    kind: 'district',
    establishedAt: '1976-01-01T00:00:00.000Z',
  }))
  const orgByCode: Record<string, Doc> = { KN: district }
  orgByCode.DM = await ensure('organizations', { code: { equals: 'DM' } }, async () => ({
    name: 'Đảng bộ thị trấn Đắk Mâm',
    code: 'DM',
    kind: 'grassroots-committee',
    sector: 'commune',
    parent: district.id,
    establishedAt: '1990-01-01T00:00:00.000Z',
  }))

  for (const u of DEMO_USERS) {
    await ensure('users', { email: { equals: u.email } }, async () => ({
      email: u.email,
      name: u.name,
      password: DEMO_PASSWORD,
      roles: [...u.roles],
      organizations: 'organizations' in u ? u.organizations.map((c) => orgByCode[c].id) : [],
    }))
  }

  const categories: Record<string, Doc> = {}
  for (const c of DEMO_CATEGORIES) {
    categories[c.slug] = await ensure('categories', { slug: { equals: c.slug } }, async () => ({
      title: c.title,
      slug: c.slug,
      order: c.order,
      parent: c.parent ? categories[c.parent].id : undefined,
    }))
  }
  const authors: Record<string, Doc> = {}
  for (const a of DEMO_AUTHORS) {
    authors[a.slug] = await ensure('authors', { slug: { equals: a.slug } }, async () => ({ ...a }))
  }
  const series = await ensure('series', { slug: { equals: slugify(SERIES_TITLE) } }, async () => ({
    title: SERIES_TITLE,
    description:
      'Loạt bài về cách Huyện ủy Krông Nô triển khai Đề án 05: từ người đứng đầu, đến nhận diện và kiểm tra, giám sát.',
  }))

  async function image(n: number, alt: string, caption?: string, credit?: string): Promise<Doc> {
    const name = `anh-minh-hoa-${n}.jpg`
    const found = await payload.find({ collection: 'media', where: { alt: { equals: alt } }, limit: 1, depth: 0 })
    if (found.docs[0]) return found.docs[0]
    const data = await placeholderImage(n)
    const doc = await payload.create({
      collection: 'media',
      data: { alt, caption, credit },
      file: { data, mimetype: 'image/jpeg', name, size: data.length },
      context: ctx,
    })
    report.created.media = (report.created.media ?? 0) + 1
    return doc
  }

  // The reference article.
  const figures = reference.body.filter((p) => p.kind === 'figure')
  const figureImages: Record<number, Doc> = {}
  for (const f of figures) {
    const n = (f as { image: number }).image
    figureImages[n] = await image(n, (f as { caption: string }).caption, (f as { caption: string }).caption)
  }
  const referenceSlug = slugify(reference.title)
  const referenceDoc = await ensure('articles', { slug: { equals: referenceSlug } }, async () => ({
    title: reference.title,
    slug: referenceSlug,
    lead: reference.lead,
    cover: figureImages[1].id,
    coverCaption: figures[0] ? (figures[0] as { caption: string }).caption : undefined,
    series: series.id,
    part: reference.part,
    authors: [authors['hoang-hoai'].id],
    categories: [categories['de-an-05'].id],
    featured: true,
    publishedAt: parseVietnamDateTime(reference.publishedAt).toISOString(),
    body: richText(
      reference.body.map((p, i) => {
        const part: ReferencePart = p
        switch (part.kind) {
          case 'heading':
            return heading(String(part.text))
          case 'quote':
            return block(
              'quote',
              {
                before: part.before,
                text: part.text,
                after: part.after,
                speaker: part.speaker,
                position: part.position,
              },
              `quote-${i}`,
            )
          case 'figure':
            return block('figure', { image: figureImages[Number(part.image)].id, caption: part.caption }, `figure-${i}`)
          default:
            return paragraph(String(part.text))
        }
      }),
    ),
    _status: 'published',
  }))

  for (const a of DEMO_ARTICLES) {
    const cover = await image(a.image, `Ảnh minh họa: ${a.title}`, undefined, 'Ảnh minh họa')
    await ensure(
      'articles',
      { slug: { equals: a.slug } },
      async () => ({
        title: a.title,
        slug: a.slug,
        lead: a.lead,
        body: plainRichText(a.body),
        cover: cover.id,
        series: a.part ? series.id : undefined,
        part: a.part,
        authors: a.authors.map((s) => authors[s].id),
        categories: a.categories.map((s) => categories[s].id),
        featured: Boolean(a.featured),
        publishedAt: parseVietnamDateTime(a.publishedAt).toISOString(),
        related: a.part ? [referenceDoc.id] : [],
        _status: a.status,
      }),
      { draft: a.status === 'draft' },
    )
  }

  // Guidance documents and the indicator catalogue; the reference article cites four documents.
  const documentIds = await seedGuidanceDocuments(payload, report.created)
  await seedCatalogue(payload, report.created, documentIds)
  await citeDocumentsInArticle(payload, referenceDoc.id, documentIds, [
    '73-KH/HU',
    '436-HD/BTGHU',
    '04-NQ/TW',
    '05-CT/TW',
  ])

  const home = (await payload.findGlobal({ slug: 'homepage', depth: 0 })) as { dontMiss?: unknown[] }
  if (!home.dontMiss || home.dontMiss.length === 0) {
    const picks = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' }, featured: { equals: false } },
      sort: '-publishedAt',
      limit: 3,
      depth: 0,
    })
    await payload.updateGlobal({
      slug: 'homepage',
      data: { dontMiss: picks.docs.map((d) => d.id) },
      context: ctx,
    })
  }

  // The district's organisations and their 2022 dossiers, taken through the review workflow.
  await seedDistrictDossiers(payload, report)
  // The inspection committee's records for 2018 – 6/2021, and a report freezing the 2022 tally.
  await seedInspections(payload, report)
  await seedProvince(payload, report)
  await seedProgressArticle(payload, report)

  const indexed = await ensureSearchIndex(payload)
  if (indexed) report.created['search-entries'] = indexed
  return report
}
