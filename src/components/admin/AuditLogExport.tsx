'use client'
import { useSearchParams } from 'next/navigation'

/** Above the audit-log list: downloads exactly the rows the current filter shows. */
export function AuditLogExport() {
  const params = useSearchParams()
  const where = new URLSearchParams()
  for (const [k, v] of params.entries()) if (k.startsWith('where')) where.append(k, v)
  const query = where.toString()
  const href = (format: 'csv' | 'xlsx') => `/api/audit-log/export?${query ? `${query}&` : ''}format=${format}`
  return (
    <p style={{ margin: '0 0 1rem' }}>
      Tải nhật ký theo bộ lọc đang chọn: <a href={href('csv')}>CSV</a> · <a href={href('xlsx')}>XLSX</a>
    </p>
  )
}
