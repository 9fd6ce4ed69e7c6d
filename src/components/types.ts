import type { ArticleNote } from '../articles/notes'
/** The shapes the public pages use (a subset of the generated Payload types). */
export type MediaDoc = {
  id: string
  url?: string | null
  alt?: string | null
  caption?: string | null
  credit?: string | null
  width?: number | null
  height?: number | null
  sizes?: Record<string, { url?: string | null; width?: number | null; height?: number | null } | undefined> | null
}
export type AuthorDoc = { id: string; name: string; slug?: string | null; bio?: string | null }
export type CategoryDoc = { id: string; title: string; slug?: string | null; parent?: CategoryDoc | string | null; description?: string | null }
export type SeriesDoc = { id: string; title: string; slug?: string | null; description?: string | null }
export type ArticleDoc = {
  id: string
  title: string
  slug?: string | null
  lead?: string | null
  cover?: MediaDoc | string | null
  coverCaption?: string | null
  body?: unknown
  publishedAt?: string | null
  updatedAt?: string | null
  createdAt?: string | null
  series?: SeriesDoc | string | null
  part?: number | null
  authors?: (AuthorDoc | string)[] | null
  categories?: (CategoryDoc | string)[] | null
  related?: (ArticleDoc | string)[] | null
  featured?: boolean | null
  commentsEnabled?: boolean | null
  _status?: 'draft' | 'published' | null
  notes?: ArticleNote[] | null
  meta?: { title?: string | null; description?: string | null; image?: MediaDoc | string | null } | null
}

export function populated<T extends { id: string }>(value: T | string | null | undefined): T | null {
  return value && typeof value === 'object' ? value : null
}
export function populatedList<T extends { id: string }>(values: (T | string)[] | null | undefined): T[] {
  return (values ?? []).filter((v): v is T => Boolean(v) && typeof v === 'object')
}
