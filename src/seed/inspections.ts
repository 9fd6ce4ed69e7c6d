import type { Payload } from 'payload'
import type { Inspection } from '../../payload-types'
import type { DisciplineForm, InspectionKind, ViolationArea } from '@/progress/inspections'

type Report = { created: Record<string, number> }
type Doc = { id: string | number } & Record<string, unknown>

/** The record's `organization` or `member` field, whichever its subject is. */
const subjectField = (s: { subjectType: 'organization' | 'member'; subject: string }) =>
  s.subjectType === 'organization' ? { organization: s.subject } : { member: s.subject }

/**
 * The reference article's third section, as records: "Giai đoạn 2018 – 6/2021, ủy ban kiểm tra
 * các cấp đã kiểm tra dấu hiệu vi phạm đối với 4 tập thể, 51 đảng viên; thi hành kỷ luật 2 tổ
 * chức đảng, 104 đảng viên, trong đó có 2 tổ chức đảng, 8 đảng viên … có liên quan đến các
 * biểu hiện suy thoái. Cụ thể là 1 tổ chức đảng vi phạm quy chế làm việc, 1 tổ chức đảng mất
 * đoàn kết nội bộ, 7 cá nhân vi phạm về đạo đức lối sống và 1 cá nhân vi phạm tư tưởng chính
 * trị." The article gives no breakdown of the other 96 members: their areas and forms below
 * are illustrative, and the members are anonymised ("Đảng viên A001" …).
 */
export const INSPECTION_PERIOD = { from: '2018-01-01', to: '2021-06-30' }

/** Cells of Đắk Mâm standing in for the four collectives (the article names none). */
const INSPECTED_COLLECTIVES = ['DM-TDP5', 'DM-TDP6', 'DM-TDP7', 'DM-HTX']

/** Organisations the anonymised members are filed under (long-established ones only). */
const MEMBER_ORGANIZATIONS = [
  'DM-CQ',
  'DM-TDP1',
  'DM-TDP2',
  'DM-TDP3',
  'DM-TDP4',
  'DM-TDP5',
  'DM-TDP6',
  'DM-TDP7',
  'DM-QS',
  'DM-TH',
  'BC',
  'DDR',
  'DN',
  'DX',
  'ND',
  'NX',
  'QP',
  'TTH',
]

type MemberDecision = { area: ViolationArea; form: DisciplineForm; related: boolean; indicatorCodes?: string[] }

/** The 104 members' decisions: 8 related to degradation first, then the 96 others. */
function memberDecisions(): MemberDecision[] {
  const out: MemberDecision[] = []
  const ethicsForms: DisciplineForm[] = [
    'reprimand',
    'reprimand',
    'reprimand',
    'reprimand',
    'warning',
    'warning',
    'expulsion',
  ]
  for (const form of ethicsForms)
    out.push({ area: 'ethics-lifestyle', form, related: true, indicatorCodes: ['DD-01', 'DD-03'] })
  out.push({ area: 'political-ideology', form: 'warning', related: true, indicatorCodes: ['TT-01', 'TT-03'] })
  const others: [ViolationArea, number][] = [
    ['member-duties', 40],
    ['population-policy', 28],
    ['land-finance', 16],
    ['law', 12],
  ]
  const forms: [DisciplineForm, number][] = [
    ['reprimand', 58],
    ['warning', 24],
    ['dismissal', 4],
    ['expulsion', 10],
  ]
  const formList = forms.flatMap(([f, n]) => Array<DisciplineForm>(n).fill(f))
  let k = 0
  for (const [area, n] of others) for (let i = 0; i < n; i++) out.push({ area, form: formList[k++], related: false })
  return out
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** A date inside the period, spread evenly: the i-th of n, as midnight in Vietnam. */
function spreadDate(i: number, n: number): string {
  const from = Date.UTC(2018, 1, 1)
  const to = Date.UTC(2021, 5, 25)
  const t = new Date(from + Math.floor(((to - from) * i) / Math.max(1, n - 1)))
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T00:00:00.000+07:00`
}

export async function seedInspections(payload: Payload, report: Report): Promise<void> {
  const count = (slug: string) => (report.created[slug] = (report.created[slug] ?? 0) + 1)
  const ctx = { seeding: true }

  const codes = [...new Set([...INSPECTED_COLLECTIVES, ...MEMBER_ORGANIZATIONS])]
  const orgs = await payload.find({
    collection: 'organizations',
    where: { code: { in: codes } },
    select: { code: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const orgByCode = new Map((orgs.docs as Doc[]).map((d) => [String(d.code), String(d.id)]))
  const missing = codes.filter((c) => !orgByCode.has(c))
  if (missing.length) throw new Error(`Thiếu tổ chức ${missing.join(', ')}: seedDistrictDossiers phải chạy trước.`)

  const wantedIndicators = ['DD-01', 'DD-03', 'TT-01', 'TT-03', 'TT-02', 'DD-02']
  const inds = await payload.find({
    collection: 'indicators',
    where: { code: { in: wantedIndicators } },
    select: { code: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const indicatorByCode = new Map((inds.docs as Doc[]).map((d) => [String(d.code), String(d.id)]))
  const indicatorIds = (list: string[] = []) =>
    list.map((c) => indicatorByCode.get(c)).filter((v): v is string => Boolean(v))

  // Anonymised members.
  const decisions = memberDecisions()
  const names = decisions.map((_, i) => `Đảng viên A${pad(i + 1, 3)}`)
  const existingMembers = await payload.find({
    collection: 'members',
    where: { name: { in: names } },
    select: { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const memberByName = new Map((existingMembers.docs as Doc[]).map((d) => [String(d.name), String(d.id)]))
  for (const [i, name] of names.entries()) {
    if (memberByName.has(name)) continue
    const organization = orgByCode.get(MEMBER_ORGANIZATIONS[i % MEMBER_ORGANIZATIONS.length])!
    const doc = await payload.create({
      collection: 'members',
      data: { name, organization, standing: 'full' },
      depth: 0,
      overrideAccess: true,
      context: ctx,
    })
    memberByName.set(name, String(doc.id))
    count('members')
  }

  // Inspections: by decision number, so a second run adds nothing.
  const existingInspections = new Set(
    (
      (
        await payload.find({
          collection: 'inspections',
          select: { decisionNumber: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs as Doc[]
    ).map((d) => String(d.decisionNumber)),
  )
  type InspectionSeed = {
    number: string
    subjectType: 'organization' | 'member'
    subject: string
    kind: InspectionKind
    startedAt: string
    finding: Inspection['finding']
    conclusion?: string
  }
  const inspections: InspectionSeed[] = []
  INSPECTED_COLLECTIVES.forEach((code, i) => {
    inspections.push({
      number: `${pad(i + 1)}-QĐ/UBKTHU`,
      subjectType: 'organization',
      subject: orgByCode.get(code)!,
      kind: 'violation-signs',
      startedAt: spreadDate(i * 3 + 1, 14),
      finding: i < 2 ? 'violation' : 'no-violation',
      conclusion:
        i < 2 ? 'Có vi phạm đến mức phải xem xét, thi hành kỷ luật.' : 'Không có vi phạm; nhắc nhở rút kinh nghiệm.',
    })
  })
  for (let i = 0; i < 51; i++) {
    inspections.push({
      number: `${pad(i + 5, 3)}-QĐ/UBKT`,
      subjectType: 'member',
      subject: memberByName.get(names[i])!,
      kind: 'violation-signs',
      startedAt: spreadDate(i, 51),
      finding: i < 40 ? 'violation' : 'no-violation',
    })
  }
  // Outside the period: thematic supervisions of 2022, so a period tally visibly leaves them out.
  for (const [i, code] of ['DM', 'BC'].entries()) {
    inspections.push({
      number: `${pad(i + 1)}-QĐ/UBKTHU-2022`,
      subjectType: 'organization',
      subject: orgByCode.get(code) ?? orgByCode.get('DM-CQ')!,
      kind: 'thematic-supervision',
      startedAt: `2022-0${i + 4}-15T00:00:00.000+07:00`,
      finding: 'no-violation',
      conclusion: 'Giám sát chuyên đề việc thực hiện Đề án 05: tổ chức đảng thực hiện nghiêm túc.',
    })
  }
  for (const s of inspections) {
    if (existingInspections.has(s.number)) continue
    await payload.create({
      collection: 'inspections',
      data: {
        subjectType: s.subjectType,
        ...subjectField(s),
        kind: s.kind,
        startedAt: s.startedAt,
        decisionNumber: s.number,
        finding: s.finding,
        conclusion: s.conclusion,
      },
      depth: 0,
      overrideAccess: true,
      context: ctx,
    })
    count('inspections')
  }

  // Disciplinary decisions.
  const existingDecisions = new Set(
    (
      (
        await payload.find({
          collection: 'disciplinary-actions',
          select: { decisionNumber: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs as Doc[]
    ).map((d) => String(d.decisionNumber)),
  )
  type DecisionSeed = {
    number: string
    subjectType: 'organization' | 'member'
    subject: string
    form: DisciplineForm
    area: ViolationArea
    related: boolean
    indicators: string[]
    decidedAt: string
    decidedBy: string
  }
  const seeds: DecisionSeed[] = [
    {
      number: '01-QĐ/HU',
      subjectType: 'organization',
      subject: orgByCode.get('DM-TDP5')!,
      form: 'reprimand',
      area: 'working-rules',
      related: true,
      indicators: indicatorIds(['TT-02']),
      decidedAt: '2019-06-20T00:00:00.000+07:00',
      decidedBy: 'Ban Thường vụ Huyện ủy',
    },
    {
      number: '02-QĐ/HU',
      subjectType: 'organization',
      subject: orgByCode.get('DM-TDP6')!,
      form: 'warning',
      area: 'internal-unity',
      related: true,
      indicators: indicatorIds(['DD-02']),
      decidedAt: '2020-08-12T00:00:00.000+07:00',
      decidedBy: 'Ban Thường vụ Huyện ủy',
    },
  ]
  decisions.forEach((d, i) =>
    seeds.push({
      number: `${pad(i + 1, 3)}-QĐ/KL`,
      subjectType: 'member',
      subject: memberByName.get(names[i])!,
      form: d.form,
      area: d.area,
      related: d.related,
      indicators: indicatorIds(d.indicatorCodes),
      decidedAt: spreadDate(i, decisions.length),
      decidedBy: d.form === 'expulsion' || d.form === 'dismissal' ? 'Ủy ban Kiểm tra Huyện ủy' : 'Chi bộ',
    }),
  )
  // Outside the period, so "2018 – 6/2021" visibly leaves it out.
  seeds.push({
    number: '105-QĐ/KL-2022',
    subjectType: 'member',
    subject: memberByName.get(names[20])!,
    form: 'reprimand',
    area: 'member-duties',
    related: false,
    indicators: [],
    decidedAt: '2022-03-10T00:00:00.000+07:00',
    decidedBy: 'Chi bộ',
  })
  for (const s of seeds) {
    if (existingDecisions.has(s.number)) continue
    await payload.create({
      collection: 'disciplinary-actions',
      data: {
        subjectType: s.subjectType,
        ...subjectField(s),
        form: s.form,
        area: s.area,
        relatedIndicators: s.indicators,
        relatedToDegradation: s.related,
        decisionNumber: s.number,
        decidedAt: s.decidedAt,
        decidedBy: s.decidedBy,
      },
      depth: 0,
      overrideAccess: true,
      context: ctx,
    })
    count('disciplinary-actions')
  }

  // The period's tally, published for /tien-do.
  const title = 'Kiểm tra, giám sát và thi hành kỷ luật giai đoạn 2018 – 6/2021'
  const published = await payload.find({
    collection: 'published-tallies',
    where: { title: { equals: title } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (published.docs.length === 0) {
    await payload.create({
      collection: 'published-tallies',
      data: {
        title,
        periodFrom: `${INSPECTION_PERIOD.from}T00:00:00.000+07:00`,
        periodTo: `${INSPECTION_PERIOD.to}T00:00:00.000+07:00`,
        note: 'Số liệu của Ủy ban Kiểm tra Huyện ủy, như đã nêu trong loạt bài “Krông Nô linh hoạt triển khai thực hiện Đề án 05”.',
        published: true,
      },
      overrideAccess: true,
      context: ctx,
    })
    count('published-tallies')
  }
}
