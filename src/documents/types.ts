import type { DataFromCollectionSlug } from 'payload'

/** The documents the document and catalogue pages render, as payload-types.ts generates them. */
export type DocumentFileDoc = DataFromCollectionSlug<'document-files'>
export type GuidanceDocumentDoc = DataFromCollectionSlug<'guidance-documents'>
export type IndicatorGroupDoc = DataFromCollectionSlug<'indicator-groups'>
export type IndicatorDoc = DataFromCollectionSlug<'indicators'>
