import { countWords, type PublicMemberCounts } from '../../open-data/suppress'
import { DISCIPLINE_FORMS, INSPECTION_KINDS, VIOLATION_AREAS, describePeriod, type InspectionTally } from '../../progress/inspections'

type Counts = Partial<Record<string, number>>

type Shown = Partial<Record<string, number | string>>

function Rows({ options, org, member }: { options: readonly { value: string; label: string }[]; org: Counts; member: Shown }) {
  const shown = options.filter((o) => org[o.value] || member[o.value])
  if (shown.length === 0) {
    return (
      <tr>
        <td colSpan={3}>Không có</td>
      </tr>
    )
  }
  return (
    <>
      {shown.map((o) => (
        <tr key={o.value}>
          <th scope="row">{o.label}</th>
          <td>{org[o.value] ?? 0}</td>
          <td>{member[o.value] ?? 0}</td>
        </tr>
      ))}
    </>
  )
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
          <strong>{figures.inspected.organizations}</strong> tập thể và <strong>{members ? countWords(members.inspected) : figures.inspected.members}</strong> đảng viên được kiểm tra, giám sát
        </p>
        <p className="figure-card">
          <strong>{figures.disciplined.organizations}</strong> tổ chức đảng và <strong>{members ? countWords(members.disciplined) : figures.disciplined.members}</strong> đảng viên bị thi hành kỷ luật
        </p>
        <p className="figure-card">
          trong đó <strong>{figures.degradation.organizations}</strong> tổ chức đảng và <strong>{members ? countWords(members.degradation) : figures.degradation.members}</strong> đảng viên liên quan đến biểu hiện suy thoái
        </p>
      </div>
      <table className="data-table">
        <caption>Kiểm tra, giám sát giai đoạn {period}</caption>
        <thead>
          <tr>
            <th scope="col">Loại</th>
            <th scope="col">Tập thể</th>
            <th scope="col">Đảng viên</th>
          </tr>
        </thead>
        <tbody>
          <Rows options={INSPECTION_KINDS} org={byKindOrg} member={members?.byKind ?? byKindMember} />
        </tbody>
      </table>
      <table className="data-table">
        <caption>Thi hành kỷ luật theo hình thức, giai đoạn {period}</caption>
        <thead>
          <tr>
            <th scope="col">Hình thức</th>
            <th scope="col">Tổ chức đảng</th>
            <th scope="col">Đảng viên</th>
          </tr>
        </thead>
        <tbody>
          <Rows options={DISCIPLINE_FORMS} org={figures.disciplined.byForm.organization} member={members?.byForm ?? figures.disciplined.byForm.member} />
        </tbody>
      </table>
      <table className="data-table">
        <caption>Thi hành kỷ luật theo lĩnh vực vi phạm, giai đoạn {period}</caption>
        <thead>
          <tr>
            <th scope="col">Lĩnh vực</th>
            <th scope="col">Tổ chức đảng</th>
            <th scope="col">Đảng viên</th>
          </tr>
        </thead>
        <tbody>
          <Rows options={VIOLATION_AREAS} org={figures.disciplined.byArea.organization} member={members?.byArea ?? figures.disciplined.byArea.member} />
        </tbody>
      </table>
      <table className="data-table">
        <caption>Trong đó liên quan đến biểu hiện suy thoái</caption>
        <thead>
          <tr>
            <th scope="col">Lĩnh vực</th>
            <th scope="col">Tổ chức đảng</th>
            <th scope="col">Đảng viên</th>
          </tr>
        </thead>
        <tbody>
          <Rows options={VIOLATION_AREAS} org={figures.degradation.byArea.organization} member={members?.degradationByArea ?? figures.degradation.byArea.member} />
        </tbody>
      </table>
    </article>
  )
}
