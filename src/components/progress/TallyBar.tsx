import { PROGRESS_LABELS, PROGRESS_STATES, type Tally } from '@/progress/tally'
import { STATE_COLORS } from './colors'

const WIDTH = 800
const HEIGHT = 44

/**
 * The year's tally as one stacked bar, drawn on the server: every organisation is one slice
 * of the bar, coloured by its state. The legend repeats the numbers in words.
 */
export function TallyBar({
  tally,
  id,
  title,
  description,
}: {
  tally: Tally
  id: string
  title: string
  description: string
}) {
  let x = 0
  const segments = PROGRESS_STATES.filter((s) => tally[s] > 0).map((state) => {
    const width = tally.total ? (tally[state] / tally.total) * WIDTH : 0
    const seg = { state, x, width, count: tally[state] }
    x += width
    return seg
  })
  return (
    <figure className="tally-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="tally-chart__bar"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="#f1f1f1" />
        {segments.map((s) => (
          <g key={s.state}>
            <rect x={s.x} y={0} width={s.width} height={HEIGHT} fill={STATE_COLORS[s.state].fill}>
              <title>{`${PROGRESS_LABELS[s.state]}: ${s.count}`}</title>
            </rect>
            {s.width >= 22 ? (
              <text
                x={s.x + s.width / 2}
                y={HEIGHT / 2 + 6}
                textAnchor="middle"
                fontSize={17}
                fontFamily="system-ui, sans-serif"
                fontWeight={700}
                fill={STATE_COLORS[s.state].text}
              >
                {s.count}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <ul className="legend" aria-hidden="true">
        {PROGRESS_STATES.map((s) => (
          <li key={s}>
            <span className="legend__swatch" style={{ background: STATE_COLORS[s].fill }} />
            {PROGRESS_LABELS[s]}: <strong>{tally[s]}</strong>
          </li>
        ))}
      </ul>
    </figure>
  )
}
