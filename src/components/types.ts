import type { DataFromCollectionSlug } from 'payload'

/** The documents the public pages render, as payload-types.ts generates them. */
export type MediaDoc = DataFromCollectionSlug<'media'>
export type AuthorDoc = DataFromCollectionSlug<'authors'>
export type CategoryDoc = DataFromCollectionSlug<'categories'>
export type SeriesDoc = DataFromCollectionSlug<'series'>
export type ArticleDoc = DataFromCollectionSlug<'articles'>

export function populated<T extends { id: string }>(value: T | string | null | undefined): T | null {
  return value && typeof value === 'object' ? value : null
}
export function populatedList<T extends { id: string }>(values: (T | string)[] | null | undefined): T[] {
  return (values ?? []).filter((v): v is T => Boolean(v) && typeof v === 'object')
}
