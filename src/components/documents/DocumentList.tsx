import Link from 'next/link'
import { documentTypeLabel } from '@/documents/taxonomy'
import type { GuidanceDocumentDoc } from '@/documents/types'
import { formatDate } from '@/vietnamese'
import { DocumentBadges } from './DocumentBadges'

export function documentHeading(d: Pick<GuidanceDocumentDoc, 'type' | 'number'>): string {
  return [documentTypeLabel(d.type), d.number ? `số ${d.number}` : ''].filter(Boolean).join(' ')
}

export function DocumentList({ documents, empty }: { documents: GuidanceDocumentDoc[]; empty: string }) {
  if (documents.length === 0) return <p className="empty">{empty}</p>
  return (
    <ol className="doc-list">
      {documents.map((d) => (
        <li key={d.id}>
          <p className="doc-meta">
            {documentHeading(d)}
            {d.issuer ? ` · ${d.issuer}` : ''}
            {d.issuedAt ? (
              <>
                {' '}
                · <time dateTime={d.issuedAt}>{formatDate(d.issuedAt)}</time>
              </>
            ) : null}{' '}
            <DocumentBadges status={d.status} visibility={d.visibility} />
          </p>
          <h2>
            <Link href={`/van-ban/${d.slug}`}>{d.title}</Link>
          </h2>
          {d.summary ? <p className="card__lead">{d.summary}</p> : null}
        </li>
      ))}
    </ol>
  )
}
