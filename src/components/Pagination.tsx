import Link from 'next/link'

/** Page links as plain anchors (?trang=N), so paging works without JavaScript. */
export function Pagination({
  basePath,
  page,
  totalPages,
  query = {},
}: {
  basePath: string
  page: number
  totalPages: number
  query?: Record<string, string | undefined>
}) {
  if (totalPages <= 1) return null
  const href = (p: number) => {
    const params = new URLSearchParams()
    for (const [k, v] of Object.entries(query)) if (v) params.set(k, v)
    if (p > 1) params.set('trang', String(p))
    const qs = params.toString()
    return qs ? `${basePath}?${qs}` : basePath
  }
  const pages: number[] = []
  for (let p = Math.max(1, page - 2); p <= Math.min(totalPages, page + 2); p++) pages.push(p)
  return (
    <nav className="pagination" aria-label="Phân trang">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ‹ Trang trước
        </Link>
      ) : null}
      {pages.map((p) =>
        p === page ? (
          <span key={p} aria-current="page">
            {p}
          </span>
        ) : (
          <Link key={p} href={href(p)}>
            {p}
          </Link>
        ),
      )}
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          Trang sau ›
        </Link>
      ) : null}
      <span className="pagination__total">
        Trang {page}/{totalPages}
      </span>
    </nav>
  )
}

export { pageParam } from '@/site'
