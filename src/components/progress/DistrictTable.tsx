import type { ReactNode } from 'react'
import { PROGRESS_LABELS, PROGRESS_STATES, percentOf, type Tally } from '@/progress/tally'

export type DistrictRow = { id: string; name: string; tally: Tally }

/**
 * A province's tally, one row per district and the province on the last line: the same five
 * states as a district's own tally. `link` turns a district's name into a drill-down.
 */
export function DistrictTable({
  rows,
  total,
  caption,
  totalLabel,
  link,
}: {
  rows: DistrictRow[]
  total: Tally
  caption: string
  totalLabel: string
  link?: (row: DistrictRow) => string
}) {
  const cells = (t: Tally): ReactNode[] => [
    ...PROGRESS_STATES.map((s) => <td key={s}>{t[s]}</td>),
    <td key="total">{t.total}</td>,
    <td key="pct">{percentOf(t.complete, t.required)}%</td>,
  ]
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="district-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Đảng bộ</th>
            {PROGRESS_STATES.map((s) => (
              <th key={s} scope="col">
                {PROGRESS_LABELS[s]}
              </th>
            ))}
            <th scope="col">Tổng số TCCS đảng</th>
            <th scope="col">Tỷ lệ đầy đủ hồ sơ (trên số phải lập)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{link ? <a href={link(r)}>{r.name}</a> : r.name}</th>
              {cells(r.tally)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{totalLabel}</th>
            {cells(total)}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
