import { foldDiacritics } from '@/vietnamese'
import { formatDate } from '@/vietnamese'
import { lexicalToPlainText } from './lexicalText'
import type { SearchKind } from './rank'
import { wordField } from './tokens'

/** One row of the search index, as stored. Only public, published things ever get one. */
export type SearchEntryData = {
  kind: SearchKind
  refId: string
  title: string
  url: string
  meta: string
  text: string
  titleWords: string
  words: string
  code: string | null
  date: string | null
  isPublic: true
}

const MAX_TEXT = 20_000

const clip = (s: string) => (s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s)
const str = (v: unknown) => (typeof v === 'string' ? v : '')
const nameOf = (v: unknown, key: string) => (v && typeof v === 'object' ? str((v as Record<string, unknown>)[key]) : '')

export function articleEntry(doc: Record<string, unknown>): SearchEntryData {
  const title = str(doc.title)
  const lead = str(doc.lead)
  const body = lexicalToPlainText(doc.body)
  const authors = Array.isArray(doc.authors) ? doc.authors.map((a) => nameOf(a, 'name')).filter(Boolean) : []
  return {
    kind: 'article',
    refId: String(doc.id),
    title,
    url: `/tin-tuc/${str(doc.slug)}`,
    meta: [authors.join(', '), formatDate(str(doc.publishedAt) || null)].filter(Boolean).join(' · '),
    text: clip([lead, body].filter(Boolean).join('\n')),
    titleWords: wordField(title),
    words: wordField(title, lead, body, authors.join(' ')),
    code: null,
    date: str(doc.publishedAt) || null,
    isPublic: true,
  }
}

export function documentEntry(doc: Record<string, unknown>, typeLabel: string): SearchEntryData {
  const title = str(doc.title)
  const number = str(doc.number)
  const issuer = str(doc.issuer)
  const summary = str(doc.summary)
  const body = lexicalToPlainText(doc.body)
  const heading = [typeLabel, number && `số ${number}`].filter(Boolean).join(' ')
  return {
    kind: 'document',
    refId: String(doc.id),
    title,
    url: `/van-ban/${str(doc.slug)}`,
    meta: [heading, issuer, formatDate(str(doc.issuedAt) || null)].filter(Boolean).join(' · '),
    text: clip([summary, body].filter(Boolean).join('\n')),
    titleWords: wordField(heading, title),
    words: wordField(heading, title, issuer, summary, body),
    code: number ? foldDiacritics(number) : null,
    date: str(doc.issuedAt) || null,
    isPublic: true,
  }
}

export function indicatorEntry(doc: Record<string, unknown>, groupName: string): SearchEntryData {
  const code = str(doc.code)
  const title = str(doc.title)
  const parts = [str(doc.explanation), str(doc.examples), str(doc.remedies)].filter(Boolean)
  return {
    kind: 'indicator',
    refId: String(doc.id),
    title,
    url: `/bieu-hien/${code.toLowerCase()}`,
    meta: [code, groupName].filter(Boolean).join(' · '),
    text: clip(parts.join('\n')),
    titleWords: wordField(code, title),
    words: wordField(code, title, groupName, ...parts),
    code: foldDiacritics(code),
    date: null,
    isPublic: true,
  }
}
