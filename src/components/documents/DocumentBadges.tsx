import { documentStatusLabel } from '@/documents/taxonomy'

/** Status in force / superseded / withdrawn, and "Nội bộ" when only staff can see the document. */
export function DocumentBadges({ status, visibility }: { status?: string | null; visibility?: string | null }) {
  return (
    <>
      {status ? <span className={`badge badge--${status}`}>{documentStatusLabel(status)}</span> : null}
      {visibility === 'internal' ? (
        <>
          {' '}
          <span className="badge badge--internal">Nội bộ</span>
        </>
      ) : null}
    </>
  )
}
