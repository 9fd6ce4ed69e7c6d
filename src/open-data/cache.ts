import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'
import { tagFor } from '@/cache/tags'
import type { DataTag, Dataset, DatasetTable } from './datasets'

/**
 * The cache tags of the sources a dataset is read from, the same tags the revalidation hooks
 * invalidate on every change (src/cache/tags.ts): a dataset is kept until one of its sources
 * changes, never by time.
 */
export const OPEN_DATA_TAGS: Record<DataTag, string[]> = {
  progress: ['open-data', tagFor('dossiers')],
  'published-tallies': ['open-data', tagFor('published-tallies')],
  catalogue: ['open-data', tagFor('indicators'), tagFor('indicator-groups')],
  'guidance-documents': ['open-data', tagFor('guidance-documents'), tagFor('document-files')],
}

/** How long a browser may keep a download before asking again (seconds). */
export const OPEN_DATA_REVALIDATE = 60

/** A dataset's table for a year, from the cache when it is there. */
export function cachedTable(payload: Payload, dataset: Dataset, year: number | null): Promise<DatasetTable> {
  const tags = [...new Set(dataset.tags.flatMap((t) => OPEN_DATA_TAGS[t]))]
  return unstable_cache(() => dataset.load(payload, year), ['open-data', dataset.slug, String(year ?? 'all')], {
    tags,
  })()
}
