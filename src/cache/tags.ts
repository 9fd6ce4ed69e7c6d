/**
 * Which cached public reads a change makes stale. Pure: no Payload, no Next.js, so the
 * rules are read and tested on their own. Public pages tag every anonymous read with
 * `tagsForRead`; the revalidation hooks invalidate `tagsForChange` of each write.
 */

/** Everything /tien-do shows is computed from these; they all invalidate one tag. */
export const PROGRESS_TAG = 'progress'
/** Cached search results; the search index entries invalidate them. */
export const SEARCH_TAG = 'search'

const PROGRESS_SOURCES = new Set([
  'dossiers',
  'dossier-events',
  'commitments',
  'organizations',
  'members',
  'progress-settings',
  'dossier-settings',
])

/** Collections and globals whose changes never show on a public page. */
const NEVER_PUBLIC = new Set([
  'users',
  'dossier-files',
  'inspections',
  'disciplinary-actions',
  'payload-jobs',
  'payload-preferences',
  'payload-locked-documents',
  'payload-migrations',
  'payload-kv',
])

/**
 * What a read at depth > 0 brings along: relationships and uploads that Payload populates.
 * A change in any of them changes what the read returns.
 */
const POPULATES: Record<string, string[]> = {
  articles: ['articles', 'media', 'categories', 'authors', 'series', 'guidance-documents', 'indicators'],
  'guidance-documents': ['document-files', 'guidance-documents'],
  indicators: ['indicator-groups', 'indicators', 'guidance-documents'],
  'indicator-groups': ['guidance-documents'],
  categories: ['categories'],
  series: ['media'],
  authors: [],
  homepage: ['articles', 'media', 'categories', 'authors', 'series'],
  comments: [],
}

const SEARCH_SOURCES = new Set(['search-entries', 'search-index-state'])

export function tagFor(slug: string): string {
  return PROGRESS_SOURCES.has(slug) ? PROGRESS_TAG : SEARCH_SOURCES.has(slug) ? SEARCH_TAG : slug
}

/** Tags of an anonymous read of a collection or global at a depth. */
export function tagsForRead(slug: string, depth = 0): string[] {
  const tags = new Set([tagFor(slug)])
  if (depth > 0) for (const s of POPULATES[slug] ?? []) tags.add(tagFor(s))
  return [...tags]
}

type Doc = Record<string, unknown> | null | undefined

export type Change = {
  /** collection or global slug */
  slug: string
  operation: 'create' | 'update' | 'delete'
  doc: Doc
  previousDoc?: Doc
}

/** Whether the public can see this version of a document at all. */
function publiclyVisible(slug: string, doc: Doc): boolean {
  if (!doc) return false
  if ('_status' in doc && doc._status !== 'published') return false
  if (slug === 'guidance-documents' && doc.visibility === 'internal') return false
  if (slug === 'comments') return doc.status === 'approved'
  if (slug === 'published-tallies') return doc.published === true
  return true
}

/**
 * Tags to invalidate after a write. A change that the public saw neither before nor after
 * (a draft, an internal document, a pending comment) invalidates nothing; publishing,
 * unpublishing, deleting or restoring something public invalidates what shows it.
 */
export function tagsForChange(change: Change): string[] {
  const { slug } = change
  if (NEVER_PUBLIC.has(slug)) return []
  const tag = tagFor(slug)
  if (tag === PROGRESS_TAG || tag === SEARCH_TAG) return [tag]
  const before =
    change.operation === 'create'
      ? false
      : publiclyVisible(slug, change.previousDoc ?? (change.operation === 'delete' ? change.doc : null))
  const after = change.operation === 'delete' ? false : publiclyVisible(slug, change.doc)
  if (!before && !after) return []
  return [tag]
}
