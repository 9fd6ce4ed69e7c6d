import type { Option } from '@/fields/options'
import { countWords, type PublicMemberCounts } from '@/open-data/suppress'
import {
  DISCIPLINE_FORMS,
  INSPECTION_KINDS,
  VIOLATION_AREAS,
  describePeriod,
  type InspectionTally,
} from '@/progress/inspections'
import { BreakdownTable, type BreakdownRow } from './BreakdownTable'

const GROUP_MEMBER = ['Tập thể', 'Đảng viên']
const ORG_MEMBER = ['Tổ chức đảng', 'Đảng viên']

type Counts = Partial<Record<string, number>>

type Shown = Partial<Record<string, number | string>>

/** Rows of the options that have a figure, organisations then members. */
function rowsOf(options: readonly Option[], org: Counts, member: Shown): BreakdownRow[] {
  return options
    .filter((o) => org[o.value] || member[o.value])
    .map((o) => ({ key: o.value, label: o.label, values: [org[o.value], member[o.value]] }))
}

/**
 * A published inspection and discipline tally: the sentence, then the numbers behind it. On
 * the public site `members` gives the member counts as published (src/open-data/suppress.ts).
 */
export function InspectionTallyView({
  title,
  figures,
  sentence,
  note,
  members,
}: {
  title: string
  figures: InspectionTally
  sentence: string
  note?: string | null
  members?: PublicMemberCounts
}) {
  const period = describePeriod({ from: new Date(figures.period.from), to: new Date(figures.period.to) })
  const byKindOrg: Counts = {}
  const byKindMember: Counts = {}
  for (const [k, v] of Object.entries(figures.inspected.byKind)) {
    byKindOrg[k] = v?.organizations
    byKindMember[k] = v?.members
  }
  return (
    <article className="inspection-tally">
      <h3>{title}</h3>
      <p className="tally-sentence">{sentence}</p>
      {note ? <p className="muted">{note}</p> : null}
      <div className="inspection-tally__figures">
        <p className="figure-card">
          <strong>{figures.inspected.organizations}</strong> tập thể và{' '}
          <strong>{members ? countWords(members.inspected) : figures.inspected.members}</strong> đảng viên được kiểm
          tra, giám sát
        </p>
        <p className="figure-card">
          <strong>{figures.disciplined.organizations}</strong> tổ chức đảng và{' '}
          <strong>{members ? countWords(members.disciplined) : figures.disciplined.members}</strong> đảng viên bị thi
          hành kỷ luật
        </p>
        <p className="figure-card">
          trong đó <strong>{figures.degradation.organizations}</strong> tổ chức đảng và{' '}
          <strong>{members ? countWords(members.degradation) : figures.degradation.members}</strong> đảng viên liên quan
          đến biểu hiện suy thoái
        </p>
      </div>
      <BreakdownTable
        caption={`Kiểm tra, giám sát giai đoạn ${period}`}
        heading="Loại"
        columns={GROUP_MEMBER}
        rows={rowsOf(INSPECTION_KINDS, byKindOrg, members?.byKind ?? byKindMember)}
      />
      <BreakdownTable
        caption={`Thi hành kỷ luật theo hình thức, giai đoạn ${period}`}
        heading="Hình thức"
        columns={ORG_MEMBER}
        rows={rowsOf(
          DISCIPLINE_FORMS,
          figures.disciplined.byForm.organization,
          members?.byForm ?? figures.disciplined.byForm.member,
        )}
      />
      <BreakdownTable
        caption={`Thi hành kỷ luật theo lĩnh vực vi phạm, giai đoạn ${period}`}
        heading="Lĩnh vực"
        columns={ORG_MEMBER}
        rows={rowsOf(
          VIOLATION_AREAS,
          figures.disciplined.byArea.organization,
          members?.byArea ?? figures.disciplined.byArea.member,
        )}
      />
      <BreakdownTable
        caption="Trong đó liên quan đến biểu hiện suy thoái"
        heading="Lĩnh vực"
        columns={ORG_MEMBER}
        rows={rowsOf(
          VIOLATION_AREAS,
          figures.degradation.byArea.organization,
          members?.degradationByArea ?? figures.degradation.byArea.member,
        )}
      />
    </article>
  )
}
