import Link from 'next/link'
import { datasetBySlug } from '@/open-data/datasets'
import { datasetPath } from '@/open-data/formats'
import { OPEN_DATA_LICENCE } from '@/open-data/licence'

const FORMATS = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'Excel (XLSX)' },
  { format: 'json', label: 'JSON' },
] as const

/** Downloads of the figures shown just above, in three formats, with a link to their description. */
export function DatasetDownloads({ slug, year }: { slug: string; year?: number | null }) {
  const dataset = datasetBySlug(slug)
  if (!dataset) return null
  return (
    <p className="open-data-links" data-dataset={dataset.slug}>
      <span>Tải số liệu này:</span>{' '}
      {FORMATS.map((f, i) => (
        <span key={f.format}>
          {i > 0 ? ' · ' : ''}
          <a href={datasetPath(dataset, { year, format: f.format })} download>
            {f.label}
          </a>
        </span>
      ))}{' '}
      <span className="muted">
        (<Link href={`/du-lieu-mo#${dataset.slug}`}>mô tả cột</Link>, giấy phép{' '}
        <a href={OPEN_DATA_LICENCE.url} rel="license">
          {OPEN_DATA_LICENCE.name}
        </a>
        )
      </span>
    </p>
  )
}
