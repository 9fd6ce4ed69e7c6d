import { PROGRESS_LABELS, PROGRESS_STATES, type TimelinePoint } from '@/progress/tally'
import { STATE_COLORS } from './colors'

const W = 720
const H = 300
const M = { top: 14, right: 32, bottom: 44, left: 40 }

function ticks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 5))
  const out: number[] = []
  for (let v = 0; v <= max; v += step) out.push(v)
  if (out[out.length - 1] < max) out.push(out[out.length - 1] + step)
  return out
}

/**
 * How the tally moved month by month, as stacked areas drawn on the server: at each month's
 * end, how many organisations were in each state. A table with the same numbers follows for
 * screen readers.
 */
export function TimelineChart({
  points,
  id,
  title,
  unit,
}: {
  points: TimelinePoint[]
  id: string
  title: string
  unit: string
}) {
  if (points.length === 0) return <p className="empty">Chưa có số liệu theo tháng.</p>
  const yTicks = ticks(Math.max(1, ...points.map((p) => p.tally.total)))
  const yMax = yTicks[yTicks.length - 1]
  const plotW = W - M.left - M.right
  const plotH = H - M.top - M.bottom
  const xAt = (i: number) => M.left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW)
  const yAt = (v: number) => M.top + plotH - (v / yMax) * plotH
  const base = points.map(() => 0)
  const layers = PROGRESS_STATES.map((state) => {
    const lower = [...base]
    const upper = points.map((p, i) => (base[i] += p.tally[state]))
    const top = upper.map((v, i) => `${xAt(i).toFixed(1)},${yAt(v).toFixed(1)}`)
    const bottom = lower.map((v, i) => `${xAt(i).toFixed(1)},${yAt(v).toFixed(1)}`).reverse()
    return { state, d: `M${top.join('L')}L${bottom.join('L')}Z` }
  })
  const first = points[0]
  const last = points[points.length - 1]
  const description =
    `Từ tháng ${first.label} đến tháng ${last.label}: số ${unit} đầy đủ hồ sơ từ ${first.tally.complete} lên ${last.tally.complete}, ` +
    `bị trả lại ${last.tally.inadequate}, đang thẩm định ${last.tally.inReview}, chưa có hồ sơ từ ${first.tally.none} còn ${last.tally.none}, ` +
    `mới thành lập ${last.tally.new} (cuối kỳ, trên tổng số ${last.tally.total}).`
  const labelEvery = points.length > 12 ? 2 : 1
  return (
    <figure className="timeline-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={yAt(v)} y2={yAt(v)} stroke="#e3e3e3" />
            <text
              x={M.left - 6}
              y={yAt(v) + 4}
              textAnchor="end"
              fontSize={12}
              fontFamily="system-ui, sans-serif"
              fill="#5f6368"
            >
              {v}
            </text>
          </g>
        ))}
        {layers.map((l) => (
          <path key={l.state} d={l.d} fill={STATE_COLORS[l.state].fill} stroke="#fff" strokeWidth={0.5}>
            <title>{PROGRESS_LABELS[l.state]}</title>
          </path>
        ))}
        {points.map((p, i) =>
          i % labelEvery === 0 || i === points.length - 1 ? (
            <text
              key={p.month}
              x={xAt(i)}
              y={H - M.bottom + 18}
              textAnchor="middle"
              fontSize={12}
              fontFamily="system-ui, sans-serif"
              fill="#5f6368"
            >
              {p.label}
            </text>
          ) : null,
        )}
        <line x1={M.left} x2={W - M.right} y1={yAt(0)} y2={yAt(0)} stroke="#5f6368" />
      </svg>
      <ul className="legend" aria-hidden="true">
        {PROGRESS_STATES.map((s) => (
          <li key={s}>
            <span className="legend__swatch" style={{ background: STATE_COLORS[s].fill }} />
            {PROGRESS_LABELS[s]}
          </li>
        ))}
      </ul>
      <table className="visually-hidden">
        <caption>
          {title} (số {unit} theo tình trạng, cuối mỗi tháng)
        </caption>
        <thead>
          <tr>
            <th scope="col">Tháng</th>
            {PROGRESS_STATES.map((s) => (
              <th key={s} scope="col">
                {PROGRESS_LABELS[s]}
              </th>
            ))}
            <th scope="col">Tổng số</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <th scope="row">{p.label}</th>
              {PROGRESS_STATES.map((s) => (
                <td key={s}>{p.tally[s]}</td>
              ))}
              <td>{p.tally.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
