export type BreakdownRow = { key: string; label: string; values: (number | string | null | undefined)[] }

/** A table of figures broken down by row (kind, form, area…), one column per figure. */
export function BreakdownTable({
  caption,
  heading = '',
  columns,
  rows,
  className = 'data-table',
  empty = 'Không có',
}: {
  caption: string
  heading?: string
  columns: readonly string[]
  rows: BreakdownRow[]
  className?: string
  empty?: string
}) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length + 1}>{empty}</td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, i) => (
                <td key={i}>{v ?? 0}</td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
}
