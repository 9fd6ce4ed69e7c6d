import { PROGRESS_LABELS, PROGRESS_STATES, percentOf, type Tally } from '@/progress/tally'

/** The tally as a table, for screen readers, printing and copying. */
export function TallyTable({ tally, caption, unit }: { tally: Tally; caption: string; unit: string }) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Tình trạng</th>
          <th scope="col">Số {unit}</th>
          <th scope="col">Tỷ lệ</th>
        </tr>
      </thead>
      <tbody>
        {PROGRESS_STATES.map((s) => (
          <tr key={s}>
            <th scope="row">{PROGRESS_LABELS[s]}</th>
            <td>{tally[s]}</td>
            <td>{percentOf(tally[s], tally.total)}%</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Tổng số</th>
          <td>{tally.total}</td>
          <td>100%</td>
        </tr>
      </tfoot>
    </table>
  )
}
