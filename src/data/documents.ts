import { cache } from 'react'
import type { TypedUser, Where } from 'payload'
import type { ArticleDoc } from '@/components/types'
import type { DocumentFilters } from '@/documents/filters'
import { vietnamYear, vietnamYearRange } from '@/vietnamese'
import type { GuidanceDocumentDoc, IndicatorDoc } from '@/documents/types'
import { readMany, readOne } from './read'
import { currentViewer } from './viewer'
import { PUBLISHED } from '@/access'
import { isSlug } from '@/http/namedPages'

/**
 * Who is reading: staff see internal documents too (their access rule allows it); the
 * public reads as nobody. Drafts never show on the site, whoever reads.
 */
const viewer = cache(async (): Promise<TypedUser | null> => currentViewer().catch(() => null))

/**
 * Whose rights a read uses: `request`, the reader behind the request (which makes the page
 * per request), or `public`, nobody (the page can be rendered once for everyone).
 */
export type Audience = 'request' | 'public'
const readerFor = (audience: Audience) => (audience === 'public' ? null : viewer())

export async function listDocuments(f: DocumentFilters, perPage = 20, audience: Audience = 'request') {
  const and: Where[] = [PUBLISHED]
  if (f.type) and.push({ type: { equals: f.type } })
  if (f.issuer) and.push({ issuer: { equals: f.issuer } })
  if (f.status) and.push({ status: { equals: f.status } })
  if (f.year) {
    const [start, end] = vietnamYearRange(f.year)
    and.push({ issuedAt: { greater_than_equal: start } }, { issuedAt: { less_than: end } })
  }
  return readMany('guidance-documents', {
    where: { and },
    sort: '-issuedAt',
    limit: perPage,
    page: f.page,
    depth: 0,
    user: await readerFor(audience),
    select: { title: true, slug: true, number: true, type: true, issuer: true, issuedAt: true, status: true, visibility: true, summary: true },
  })
}

/** Issuing bodies and years that the reader's documents actually have, for the filter form. */
export async function documentFilterChoices(audience: Audience = 'request'): Promise<{ issuers: string[]; years: number[] }> {
  const { docs } = await readMany('guidance-documents', {
    where: PUBLISHED,
    limit: 2000,
    depth: 0,
    user: await readerFor(audience),
    select: { issuer: true, issuedAt: true },
  })
  const issuers = [...new Set(docs.map((d) => d.issuer).filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b, 'vi'))
  const years = [...new Set(docs.map((d) => (d.issuedAt ? vietnamYear(d.issuedAt) : null)).filter((y): y is number => y !== null))].sort((a, b) => b - a)
  return { issuers, years }
}

export const documentBySlug = cache(async (slug: string, audience: Audience = 'request'): Promise<GuidanceDocumentDoc | null> => {
  if (!isSlug(slug)) return null
  return readOne('guidance-documents', { and: [{ slug: { equals: slug } }, PUBLISHED] }, { depth: 1, user: await readerFor(audience) })
})

/** Documents that point at this one (those implementing or replacing it). */
export async function documentsReferring(id: string, audience: Audience = 'request'): Promise<GuidanceDocumentDoc[]> {
  const { docs } = await readMany('guidance-documents', {
    where: { and: [{ 'relatedDocuments.document': { equals: id } }, PUBLISHED] },
    limit: 50,
    depth: 0,
    sort: '-issuedAt',
    user: await readerFor(audience),
    select: { title: true, slug: true, number: true, type: true, issuedAt: true, relatedDocuments: true },
  })
  return docs
}

/** Published articles that cite a document or an indicator (through their "Liên quan" fields). */
export async function articlesCiting(field: 'documents' | 'indicators', id: string): Promise<ArticleDoc[]> {
  const { docs } = await readMany('articles', {
    where: { and: [{ [field]: { in: [id] } }, PUBLISHED] },
    sort: '-publishedAt',
    limit: 20,
    depth: 0,
    select: { title: true, slug: true, publishedAt: true, lead: true },
  })
  return docs
}

export async function indicatorsIssuedBy(documentId: string): Promise<IndicatorDoc[]> {
  const { docs } = await readMany('indicators', {
    where: { sourceDocument: { equals: documentId } },
    sort: 'code',
    limit: 200,
    depth: 0,
    select: { code: true, title: true, parent: true },
  })
  return docs
}
