import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'
import type { DataTag, Dataset, DatasetTable } from './datasets'

/**
 * The cache tag of each source a dataset is read from. A change to that source clears every
 * cached answer carrying its tag; until then answers are kept at most OPEN_DATA_REVALIDATE
 * seconds. Another source of invalidation is one more tag in this table.
 */
export const OPEN_DATA_TAGS: Record<DataTag, string[]> = {
  progress: ['open-data', 'progress'],
  'published-tallies': ['open-data', 'published-tallies'],
  catalogue: ['open-data', 'catalogue'],
  'guidance-documents': ['open-data', 'guidance-documents'],
}

export const OPEN_DATA_REVALIDATE = 60

/** A dataset's table for a year, from the cache when it is there. */
export function cachedTable(payload: Payload, dataset: Dataset, year: number | null): Promise<DatasetTable> {
  const tags = [...new Set(dataset.tags.flatMap((t) => OPEN_DATA_TAGS[t]))]
  return unstable_cache(() => dataset.load(payload, year), ['open-data', dataset.slug, String(year ?? 'all')], {
    tags,
    revalidate: OPEN_DATA_REVALIDATE,
  })()
}
