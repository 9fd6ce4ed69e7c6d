import { TallyBar } from '@/components/progress/TallyBar'
import { TallyTable } from '@/components/progress/TallyTable'
import type { Tally } from '@/progress/tally'
import { formatDate } from '@/vietnamese'

export type ProgressSnapshot = {
  key: string
  year: number
  asOf: string
  unitLabel: string
  tally: Tally
  sentence: string
  countedAt: string
}

export type ProgressBlockFields = {
  id?: string
  year?: number | null
  heading?: string | null
  display?: 'both' | 'sentence' | 'chart' | null
  snapshot?: ProgressSnapshot | null
}

/** Renders the stored snapshot only: a published report never changes under its readers. */
export function ProgressBlockComponent({ id, heading, display, snapshot }: ProgressBlockFields) {
  if (!snapshot?.tally) return null
  const show = display ?? 'both'
  const title = heading || `Tiến độ lập hồ sơ nhận diện, khắc phục năm ${snapshot.year}`
  const when = `Số liệu tính đến ngày ${formatDate(snapshot.asOf)}`
  const domId = `progress-${id ?? snapshot.key.replace(/[^a-z0-9]/gi, '')}`
  return (
    <aside className="progress-block" aria-labelledby={`${domId}-heading`}>
      <p className="progress-block__kicker">Số liệu</p>
      <h3 className="progress-block__heading" id={`${domId}-heading`}>
        {title}
      </h3>
      {show !== 'chart' ? <p className="progress-block__sentence">{`${snapshot.sentence}.`}</p> : null}
      {show !== 'sentence' ? (
        <>
          <TallyBar tally={snapshot.tally} id={domId} title={title} description={snapshot.sentence} />
          <TallyTable tally={snapshot.tally} caption={`${title}. ${when}`} unit={snapshot.unitLabel} />
        </>
      ) : null}
      <p className="progress-block__when">
        {`${when}. `}
        <a href={`/tien-do?nam=${snapshot.year}`}>Xem tiến độ mới nhất</a>
      </p>
    </aside>
  )
}
