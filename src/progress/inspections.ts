/**
 * Inspection and discipline tallies for a period (the reference article's third section) as
 * pure functions over plain rows. The option lists live here too, so the collections, the
 * tallies and their words never disagree.
 */

import { optionLabel } from '@/fields/options'
import { vietnamDateParts } from '@/vietnamese'

export type SubjectType = 'organization' | 'member'

export const SUBJECT_TYPES = [
  { value: 'organization', label: 'Tổ chức đảng (tập thể)' },
  { value: 'member', label: 'Đảng viên' },
] as const

export const INSPECTION_KINDS = [
  { value: 'violation-signs', label: 'Kiểm tra khi có dấu hiệu vi phạm' },
  { value: 'compliance', label: 'Kiểm tra chấp hành' },
  { value: 'inspection-duty', label: 'Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật' },
  { value: 'party-finance', label: 'Kiểm tra tài chính đảng' },
  { value: 'thematic-supervision', label: 'Giám sát chuyên đề' },
  { value: 'regular-supervision', label: 'Giám sát thường xuyên' },
] as const
export type InspectionKind = (typeof INSPECTION_KINDS)[number]['value']

export const INSPECTION_FINDINGS = [
  { value: 'violation', label: 'Có vi phạm' },
  { value: 'no-violation', label: 'Không vi phạm' },
  { value: 'pending', label: 'Đang xem xét' },
] as const
export type InspectionFinding = (typeof INSPECTION_FINDINGS)[number]['value']

/** Forms of discipline (Điều lệ Đảng): an organisation cannot be expelled, a member cannot be dissolved. */
export const DISCIPLINE_FORMS = [
  { value: 'reprimand', label: 'Khiển trách', for: ['organization', 'member'] },
  { value: 'warning', label: 'Cảnh cáo', for: ['organization', 'member'] },
  { value: 'dissolution', label: 'Giải tán', for: ['organization'] },
  { value: 'dismissal', label: 'Cách chức', for: ['member'] },
  { value: 'expulsion', label: 'Khai trừ', for: ['member'] },
] as const
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number]['value']

export function formsFor(subject: SubjectType): DisciplineForm[] {
  return DISCIPLINE_FORMS.filter((f) => (f.for as readonly string[]).includes(subject)).map((f) => f.value)
}

/**
 * Areas of violation. `degradation` marks the areas that are themselves manifestations of
 * degradation in the article's sense; a decision in another area relates to degradation only
 * when the inspector links indicators to it.
 */
export const VIOLATION_AREAS = [
  {
    value: 'working-rules',
    label: 'Quy chế làm việc',
    organizationPhrase: 'vi phạm quy chế làm việc',
    memberPhrase: 'vi phạm quy chế làm việc',
  },
  {
    value: 'internal-unity',
    label: 'Đoàn kết nội bộ',
    organizationPhrase: 'mất đoàn kết nội bộ',
    memberPhrase: 'gây mất đoàn kết nội bộ',
  },
  {
    value: 'ethics-lifestyle',
    label: 'Đạo đức, lối sống',
    organizationPhrase: 'vi phạm về đạo đức lối sống',
    memberPhrase: 'vi phạm về đạo đức lối sống',
  },
  {
    value: 'political-ideology',
    label: 'Tư tưởng chính trị',
    organizationPhrase: 'vi phạm tư tưởng chính trị',
    memberPhrase: 'vi phạm tư tưởng chính trị',
  },
  {
    value: 'democratic-centralism',
    label: 'Nguyên tắc tập trung dân chủ',
    organizationPhrase: 'vi phạm nguyên tắc tập trung dân chủ',
    memberPhrase: 'vi phạm nguyên tắc tập trung dân chủ',
  },
  {
    value: 'member-duties',
    label: 'Nhiệm vụ đảng viên, Điều lệ Đảng',
    organizationPhrase: 'vi phạm Điều lệ Đảng',
    memberPhrase: 'vi phạm nhiệm vụ đảng viên',
  },
  {
    value: 'population-policy',
    label: 'Chính sách dân số',
    organizationPhrase: 'vi phạm chính sách dân số',
    memberPhrase: 'vi phạm chính sách dân số',
  },
  {
    value: 'land-finance',
    label: 'Quản lý đất đai, tài chính, tài sản',
    organizationPhrase: 'vi phạm quản lý đất đai, tài chính',
    memberPhrase: 'vi phạm quản lý đất đai, tài chính',
  },
  {
    value: 'law',
    label: 'Pháp luật của Nhà nước',
    organizationPhrase: 'vi phạm pháp luật',
    memberPhrase: 'vi phạm pháp luật',
  },
  { value: 'other', label: 'Khác', organizationPhrase: 'vi phạm khác', memberPhrase: 'vi phạm khác' },
] as const
export type ViolationArea = (typeof VIOLATION_AREAS)[number]['value']

export type InspectionRow = {
  subjectType: SubjectType
  /** The organisation or member inspected (the id of whichever the subject is). */
  subject: string
  kind: InspectionKind
  /** When the inspection began; a period tally counts inspections begun within it. */
  startedAt: string | Date
  finding?: InspectionFinding | null
}

export type DisciplineRow = {
  subjectType: SubjectType
  subject: string
  form: DisciplineForm
  area: ViolationArea
  decidedAt: string | Date
  relatedToDegradation: boolean
}

export type Period = { from: Date; to: Date }

type BySubject = { organizations: number; members: number }
const zero = (): BySubject => ({ organizations: 0, members: 0 })
type Counts<K extends string> = Partial<Record<K, number>>

export type InspectionTally = {
  period: { from: string; to: string }
  inspected: BySubject & { byKind: Partial<Record<InspectionKind, BySubject>>; withViolation: BySubject }
  disciplined: BySubject & {
    byForm: { organization: Counts<DisciplineForm>; member: Counts<DisciplineForm> }
    byArea: { organization: Counts<ViolationArea>; member: Counts<ViolationArea> }
  }
  degradation: BySubject & { byArea: { organization: Counts<ViolationArea>; member: Counts<ViolationArea> } }
}

const toDate = (v: string | Date): Date => (v instanceof Date ? v : new Date(v))
const within = (v: string | Date, p: Period) => {
  const t = toDate(v).getTime()
  return t >= p.from.getTime() && t <= p.to.getTime()
}
const bump = <K extends string>(c: Counts<K>, k: K) => {
  c[k] = (c[k] ?? 0) + 1
}
const field = (s: SubjectType): keyof BySubject => (s === 'organization' ? 'organizations' : 'members')

/**
 * Tallies a period. Organisations and members are counted once each however many records
 * they have ("4 tập thể, 51 đảng viên"); the breakdowns by form and area count decisions.
 */
export function tallyInspections(
  inspections: InspectionRow[],
  disciplines: DisciplineRow[],
  period: Period,
): InspectionTally {
  const inspected = { ...zero(), byKind: {} as Partial<Record<InspectionKind, BySubject>>, withViolation: zero() }
  const seen = new Set<string>()
  const seenByKind = new Set<string>()
  const seenViolation = new Set<string>()
  for (const row of inspections) {
    if (!within(row.startedAt, period)) continue
    const key = `${row.subjectType}:${row.subject}`
    const f = field(row.subjectType)
    if (!seen.has(key)) {
      seen.add(key)
      inspected[f]++
    }
    if (!seenByKind.has(`${row.kind}|${key}`)) {
      seenByKind.add(`${row.kind}|${key}`)
      const k = (inspected.byKind[row.kind] ??= zero())
      k[f]++
    }
    if (row.finding === 'violation' && !seenViolation.has(key)) {
      seenViolation.add(key)
      inspected.withViolation[f]++
    }
  }

  const disciplined: InspectionTally['disciplined'] = {
    ...zero(),
    byForm: { organization: {}, member: {} },
    byArea: { organization: {}, member: {} },
  }
  const degradation: InspectionTally['degradation'] = { ...zero(), byArea: { organization: {}, member: {} } }
  const seenDisciplined = new Set<string>()
  const seenDegradation = new Set<string>()
  for (const row of disciplines) {
    if (!within(row.decidedAt, period)) continue
    const key = `${row.subjectType}:${row.subject}`
    const f = field(row.subjectType)
    if (!seenDisciplined.has(key)) {
      seenDisciplined.add(key)
      disciplined[f]++
    }
    bump(disciplined.byForm[row.subjectType], row.form)
    bump(disciplined.byArea[row.subjectType], row.area)
    if (row.relatedToDegradation) {
      if (!seenDegradation.has(key)) {
        seenDegradation.add(key)
        degradation[f]++
      }
      bump(degradation.byArea[row.subjectType], row.area)
    }
  }
  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    inspected,
    disciplined,
    degradation,
  }
}

/** Vietnam calendar parts of an instant. */
function vnParts(d: Date): { y: number; m: number; day: number } {
  const { year, month, day } = vietnamDateParts(d)
  return { y: year, m: month, day }
}

/**
 * A period as the district writes it: "2018 – 6/2021" for 1/1/2018 – 30/6/2021; whole years
 * as "2018", whole months as "6/2021", anything else as dd/mm/yyyy.
 */
export function describePeriod(period: Period): string {
  const a = vnParts(period.from)
  const b = vnParts(period.to)
  const lastDay = new Date(Date.UTC(b.y, b.m, 0)).getUTCDate()
  const from = a.m === 1 && a.day === 1 ? `${a.y}` : a.day === 1 ? `${a.m}/${a.y}` : `${a.day}/${a.m}/${a.y}`
  const to = b.m === 12 && b.day === 31 ? `${b.y}` : b.day === lastDay ? `${b.m}/${b.y}` : `${b.day}/${b.m}/${b.y}`
  return from === to ? from : `${from} – ${to}`
}

/** The start (00:00) and end (23:59:59.999) of calendar days in Vietnam, from 'YYYY-MM-DD'. */
export function periodOfDays(from: string, to: string): Period | null {
  const re = /^(\d{4})-(\d{2})-(\d{2})$/
  const a = re.exec(from)
  const b = re.exec(to)
  if (!a || !b) return null
  const start = new Date(Date.UTC(+a[1], +a[2] - 1, +a[3], -7))
  const end = new Date(Date.UTC(+b[1], +b[2] - 1, +b[3] + 1, -7) - 1)
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || start > end) return null
  // Rejects 2021-02-30 and friends, which Date.UTC would roll over silently.
  if (vnParts(start).day !== +a[3] || vnParts(end).day !== +b[3]) return null
  return { from: start, to: end }
}

/**
 * Inspection and discipline figures go public only for periods of at least one calendar month:
 * over a day or a week a count of one points at one person or one decision, which the public
 * must not be able to single out. `from` and `to` are Vietnam days 'YYYY-MM-DD', both included.
 */
export function spansAtLeastOneMonth(from: string, to: string): boolean {
  const [y, m, d] = from.split('-').map(Number)
  // The day before the same date next month (31 January → 28/29 February), in calendar terms.
  const lastDayOfNextMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  const end = new Date(Date.UTC(y, m, Math.min(d, lastDayOfNextMonth)) - 86_400_000)
  return to >= end.toISOString().slice(0, 10)
}

const areaOrder = VIOLATION_AREAS.map((a) => a.value)

function areaPhrases(counts: Counts<ViolationArea>, subject: SubjectType): string[] {
  const noun = subject === 'organization' ? 'tổ chức đảng' : 'cá nhân'
  return areaOrder
    .filter((a) => counts[a])
    .map((a) => {
      const area = VIOLATION_AREAS.find((x) => x.value === a)!
      return `${counts[a]} ${noun} ${subject === 'organization' ? area.organizationPhrase : area.memberPhrase}`
    })
}

const joinVi = (parts: string[]) =>
  parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`

/**
 * The tally in the words of the article's third section:
 * "Giai đoạn 2018 – 6/2021, ủy ban kiểm tra các cấp đã kiểm tra dấu hiệu vi phạm đối với
 * 4 tập thể, 51 đảng viên; thi hành kỷ luật 2 tổ chức đảng, 104 đảng viên, trong đó có 2 tổ
 * chức đảng, 8 đảng viên bị thi hành kỷ luật có liên quan đến các biểu hiện suy thoái. Cụ thể
 * là 1 tổ chức đảng vi phạm quy chế làm việc, …"
 */
export function describeInspections(t: InspectionTally): string {
  const period = describePeriod({ from: new Date(t.period.from), to: new Date(t.period.to) })
  const signs = t.inspected.byKind['violation-signs'] ?? zero()
  const clauses: string[] = []
  if (signs.organizations || signs.members) {
    clauses.push(`đã kiểm tra dấu hiệu vi phạm đối với ${signs.organizations} tập thể, ${signs.members} đảng viên`)
  }
  const otherInspected = {
    organizations: t.inspected.organizations - signs.organizations,
    members: t.inspected.members - signs.members,
  }
  if (!clauses.length && (otherInspected.organizations || otherInspected.members)) {
    clauses.push(`đã kiểm tra, giám sát ${t.inspected.organizations} tập thể, ${t.inspected.members} đảng viên`)
  }
  const d = t.disciplined
  if (d.organizations || d.members) {
    let text = `thi hành kỷ luật ${d.organizations} tổ chức đảng, ${d.members} đảng viên`
    const g = t.degradation
    if (g.organizations || g.members) {
      text += `, trong đó có ${g.organizations} tổ chức đảng, ${g.members} đảng viên bị thi hành kỷ luật có liên quan đến các biểu hiện suy thoái`
    }
    clauses.push(text)
  }
  if (!clauses.length) return `Giai đoạn ${period}, chưa có cuộc kiểm tra hay quyết định kỷ luật nào được ghi nhận.`
  let sentence = `Giai đoạn ${period}, ủy ban kiểm tra các cấp ${clauses.join('; ')}.`
  const details = [
    ...areaPhrases(t.degradation.byArea.organization, 'organization'),
    ...areaPhrases(t.degradation.byArea.member, 'member'),
  ]
  if (details.length) sentence += ` Cụ thể là ${joinVi(details)}.`
  return sentence
}

export function inspectionKindLabel(v: string): string {
  return optionLabel(INSPECTION_KINDS, v)
}
export function disciplineFormLabel(v: string): string {
  return optionLabel(DISCIPLINE_FORMS, v)
}
export function violationAreaLabel(v: string): string {
  return optionLabel(VIOLATION_AREAS, v)
}
