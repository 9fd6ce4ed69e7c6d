import Link from 'next/link'
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '@/documents/taxonomy'
import type { DocumentFilters as Filters } from '@/documents/filters'

/** A plain GET form: filtering works without JavaScript and every result is a shareable link. */
export function DocumentFilters({ filters, issuers, years }: { filters: Filters; issuers: string[]; years: number[] }) {
  return (
    <form className="doc-filters" method="get" action="/van-ban" aria-label="Lọc văn bản">
      <label>
        Loại văn bản
        <select name="loai" defaultValue={filters.type ?? ''}>
          <option value="">Tất cả</option>
          {DOCUMENT_TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Cơ quan ban hành
        <select name="co-quan" defaultValue={filters.issuer ?? ''}>
          <option value="">Tất cả</option>
          {issuers.map((i) => (
            <option key={i} value={i}>
              {i}
            </option>
          ))}
        </select>
      </label>
      <label>
        Năm ban hành
        <select name="nam" defaultValue={filters.year ? String(filters.year) : ''}>
          <option value="">Tất cả</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tình trạng
        <select name="tinh-trang" defaultValue={filters.status ?? ''}>
          <option value="">Tất cả</option>
          {DOCUMENT_STATUSES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        Lọc
      </button>
      {filters.type || filters.issuer || filters.year || filters.status ? <Link href="/van-ban">Bỏ lọc</Link> : null}
    </form>
  )
}
