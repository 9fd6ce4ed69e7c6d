/**
 * Progress over HTTP (root endpoints, under /api):
 *   GET /api/progress?year=2022[&asOf=2022-11-03][&timeline=1]   aggregates, anyone
 *   GET /api/progress/organizations?year=…[&kind=…|&parent=…]     rows, staff, their own access
 *   GET /api/progress/inspections?from=…&to=…                     aggregates, inspection committee
 *   GET /api/progress/export?what=tally|dossiers|inspections&format=csv|xlsx&…
 */
import type { Endpoint, PayloadRequest, TypedUser } from 'payload'
import { hasRole, type Role, type RoleUser } from '@/access'
import { INSPECTION_ROLES, PROGRESS_STAFF_ROLES } from '@/access/progress'
import { STAGES } from '@/workflow/stages'
import { formatDateTime } from '@/vietnamese'
import { download, type Sheet } from './export'
import {
  describeInspections,
  describePeriod,
  DISCIPLINE_FORMS,
  INSPECTION_KINDS,
  VIOLATION_AREAS,
  type InspectionTally,
} from './inspections'
import { parseAsOf, parseFormat, parseId, parseKind, parsePeriod, parseYear, type Parsed } from './params'
import {
  as,
  commitmentSummary,
  inspectionSummary,
  progressRows,
  progressSummary,
  progressTimelineOf,
  provinceRollup,
  siteCommittees,
  type ProgressQuery,
  type ProgressSummary,
  type ProvinceRollup,
} from './queries'
import { PROGRESS_LABELS, PROGRESS_STATES, percentOf, type Tally } from './tally'

const KIND_LABELS: Record<string, string> = {
  'grassroots-committee': 'Đảng bộ cơ sở',
  'grassroots-cell': 'Chi bộ cơ sở',
  'section-committee': 'Đảng bộ bộ phận',
  cell: 'Chi bộ trực thuộc',
  district: 'Đảng bộ huyện',
}
const SECTOR_LABELS: Record<string, string> = {
  commune: 'Xã, thị trấn',
  agency: 'Cơ quan',
  enterprise: 'Doanh nghiệp',
  'armed-forces': 'Lực lượng vũ trang',
}

class Refused extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

const fail = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

function need<T>(p: Parsed<T>): T {
  if (!p.ok) throw new Refused(p.message, 400)
  return p.value
}

function requireRole(req: PayloadRequest, roles: Role[], what: string): TypedUser {
  if (!req.user) throw new Refused(`Bạn cần đăng nhập để ${what}.`, 401)
  if (!hasRole(req.user as RoleUser, ...roles)) throw new Refused(`Tài khoản của bạn không có quyền ${what}.`, 403)
  return req.user as TypedUser
}

function handle(fn: (req: PayloadRequest, q: URLSearchParams) => Promise<Response>): Endpoint['handler'] {
  return async (req) => {
    try {
      return await fn(req, req.searchParams ?? new URL(req.url ?? 'http://x/').searchParams)
    } catch (error) {
      if (error instanceof Refused) return fail(error.status, error.message)
      throw error
    }
  }
}

/**
 * The year's query from ?year=&asOf=&kind=&parent=&district= (parent: the cells under that
 * organisation; district: the grassroots organisations of that district committee).
 */
function progressQuery(q: URLSearchParams, defaultDistrict?: string): ProgressQuery {
  const year = need(parseYear(q.get('year')))
  const asOf = need(parseAsOf(q.get('asOf')))
  const parent = need(parseId(q.get('parent')))
  if (parent) return { unit: 'cells', parent, year, asOf }
  const district = need(parseId(q.get('district'))) ?? defaultDistrict
  return {
    unit: 'grassroots',
    kinds: need(parseKind(q.get('kind'))),
    year,
    asOf,
    ...(district ? { parents: [district] } : {}),
  }
}

function tallySheet(summary: ProgressSummary): Sheet {
  const t = summary.tally
  return {
    name: 'Tổng hợp',
    preamble: [
      `Tiến độ lập hồ sơ nhận diện, khắc phục năm ${summary.year}`,
      `Số liệu ${summary.live ? 'cập nhật đến' : 'tính đến'} ${formatDateTime(summary.asOf)}`,
      summary.sentence,
    ],
    headers: ['Tình trạng', `Số ${summary.unitLabel}`, 'Tỷ lệ (%)'],
    rows: [
      ...PROGRESS_STATES.map((s) => [PROGRESS_LABELS[s], t[s], percentOf(t[s], t.total)]),
      ['Tổng số', t.total, 100],
      ['Phải lập hồ sơ (trừ đơn vị mới thành lập)', t.required, percentOf(t.required, t.total)],
    ],
    widths: [48, 16, 12],
  }
}

function provinceSheet(r: ProvinceRollup): Sheet {
  const row = (name: string, t: Tally) => [
    name,
    ...PROGRESS_STATES.map((s) => t[s]),
    t.total,
    percentOf(t.complete, t.required),
  ]
  return {
    name: 'Theo huyện',
    preamble: [
      `Tiến độ lập hồ sơ nhận diện, khắc phục năm ${r.year}, theo đảng bộ huyện`,
      `Số liệu ${r.live ? 'cập nhật đến' : 'tính đến'} ${formatDateTime(r.asOf)}`,
      r.sentence,
    ],
    headers: [
      'Đảng bộ',
      ...PROGRESS_STATES.map((s) => PROGRESS_LABELS[s]),
      'Tổng số TCCS đảng',
      'Tỷ lệ đầy đủ hồ sơ (%)',
    ],
    rows: [...r.districts.map((d) => row(d.name, d.tally)), row('Toàn tỉnh (trong phạm vi được xem)', r.total)],
    widths: [40, 14, 14, 14, 14, 14, 16, 16],
  }
}

function inspectionSheets(t: InspectionTally): Sheet[] {
  const period = describePeriod({ from: new Date(t.period.from), to: new Date(t.period.to) })
  const preamble = [`Kiểm tra, giám sát và thi hành kỷ luật giai đoạn ${period}`, describeInspections(t)]
  return [
    {
      name: 'Kiểm tra, giám sát',
      preamble,
      headers: ['Loại kiểm tra, giám sát', 'Tập thể (tổ chức đảng)', 'Đảng viên'],
      rows: [
        ...INSPECTION_KINDS.filter((k) => t.inspected.byKind[k.value]).map((k) => [
          k.label,
          t.inspected.byKind[k.value]!.organizations,
          t.inspected.byKind[k.value]!.members,
        ]),
        ['Tổng số (mỗi đối tượng tính một lần)', t.inspected.organizations, t.inspected.members],
        ['Trong đó có vi phạm', t.inspected.withViolation.organizations, t.inspected.withViolation.members],
      ],
      widths: [60, 24, 14],
    },
    {
      name: 'Kỷ luật',
      headers: ['Nhóm', 'Nội dung', 'Tổ chức đảng', 'Đảng viên'],
      rows: [
        ['Tổng số bị thi hành kỷ luật', '', t.disciplined.organizations, t.disciplined.members],
        ...DISCIPLINE_FORMS.map((f) => [
          'Hình thức kỷ luật',
          f.label,
          t.disciplined.byForm.organization[f.value] ?? 0,
          t.disciplined.byForm.member[f.value] ?? 0,
        ]),
        ...VIOLATION_AREAS.filter(
          (a) => t.disciplined.byArea.organization[a.value] || t.disciplined.byArea.member[a.value],
        ).map((a) => [
          'Lĩnh vực vi phạm',
          a.label,
          t.disciplined.byArea.organization[a.value] ?? 0,
          t.disciplined.byArea.member[a.value] ?? 0,
        ]),
        ['Liên quan biểu hiện suy thoái', 'Tổng số', t.degradation.organizations, t.degradation.members],
        ...VIOLATION_AREAS.filter(
          (a) => t.degradation.byArea.organization[a.value] || t.degradation.byArea.member[a.value],
        ).map((a) => [
          'Liên quan biểu hiện suy thoái',
          a.label,
          t.degradation.byArea.organization[a.value] ?? 0,
          t.degradation.byArea.member[a.value] ?? 0,
        ]),
      ],
      widths: [32, 40, 14, 14],
    },
  ]
}

export const progressEndpoint: Endpoint = {
  path: '/progress',
  method: 'get',
  handler: handle(async (req, q) => {
    // The public figures are the site's district's, as on /tien-do, unless another is asked for.
    const query = progressQuery(q, (await siteCommittees(req.payload)).district)
    // The cells under one organisation name that organisation: staff only, see /organizations.
    if (query.unit === 'cells')
      throw new Refused(
        'Số liệu theo chi bộ của một tổ chức chỉ dành cho cán bộ: dùng /api/progress/organizations.',
        403,
      )
    const summary = await progressSummary(req.payload, query)
    const timeline = q.get('timeline') === '1' ? await progressTimelineOf(req.payload, query) : undefined
    return Response.json(
      { ...summary, labels: PROGRESS_LABELS, timeline },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  }),
}

/** GET /api/progress/province?year=&asOf=: the province's tally district by district, once published. */
export const provinceProgressEndpoint: Endpoint = {
  path: '/progress/province',
  method: 'get',
  handler: handle(async (req, q) => {
    const year = need(parseYear(q.get('year')))
    const asOf = need(parseAsOf(q.get('asOf')))
    const { province, showProvince } = await siteCommittees(req.payload)
    const rollup = province && showProvince ? await provinceRollup(req.payload, { province, year, asOf }) : null
    if (!rollup) throw new Refused('Số liệu tổng hợp toàn tỉnh chưa được công bố.', 404)
    return Response.json({ ...rollup, labels: PROGRESS_LABELS }, { headers: { 'Cache-Control': 'no-store' } })
  }),
}

export const progressOrganizationsEndpoint: Endpoint = {
  path: '/progress/organizations',
  method: 'get',
  handler: handle(async (req, q) => {
    const user = requireRole(req, PROGRESS_STAFF_ROLES, 'xem tiến độ của từng tổ chức')
    const query = progressQuery(q)
    const { summary, rows } = await progressRows(req.payload, query, as(user, req))
    // Members sit in cells: the grassroots tally counts every member the user may read.
    const organizations = query.unit === 'cells' ? rows.map((r) => r.id) : undefined
    const commitments = rows.length
      ? await commitmentSummary(req.payload, { year: summary.year, organizations }, as(user, req))
      : undefined
    return Response.json(
      { ...summary, organizations: rows, commitments },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  }),
}

export const inspectionTallyEndpoint: Endpoint = {
  path: '/progress/inspections',
  method: 'get',
  handler: handle(async (req, q) => {
    const user = requireRole(req, INSPECTION_ROLES, 'xem số liệu kiểm tra, kỷ luật')
    const period = need(parsePeriod(q.get('from'), q.get('to')))
    const tally = await inspectionSummary(req.payload, period, as(user, req))
    return Response.json(
      { ...tally, sentence: describeInspections(tally) },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  }),
}

export const progressExportEndpoint: Endpoint = {
  path: '/progress/export',
  method: 'get',
  handler: handle(async (req, q) => {
    const format = need(parseFormat(q.get('format')))
    const what = q.get('what') ?? 'tally'
    if (what === 'inspections') {
      const user = requireRole(req, INSPECTION_ROLES, 'tải số liệu kiểm tra, kỷ luật')
      const period = need(parsePeriod(q.get('from'), q.get('to')))
      const tally = await inspectionSummary(req.payload, period, as(user, req))
      const name = `kiem-tra-ky-luat-${q.get('from')}-${q.get('to')}`
      return download(inspectionSheets(tally), format, name, 'Số liệu kiểm tra, kỷ luật')
    }
    if (what === 'province') {
      const user = requireRole(req, PROGRESS_STAFF_ROLES, 'tải số liệu tiến độ toàn tỉnh')
      const year = need(parseYear(q.get('year')))
      const province = (await siteCommittees(req.payload)).province
      const rollup = province ? await provinceRollup(req.payload, { province, year }, as(user, req)) : null
      if (!rollup) throw new Refused('Chưa cài đặt đảng bộ tỉnh trong Cài đặt trang Tiến độ.', 404)
      return download([provinceSheet(rollup)], format, `tien-do-toan-tinh-${year}`, `Tiến độ toàn tỉnh năm ${year}`)
    }
    if (what !== 'tally' && what !== 'dossiers') {
      throw new Refused('Nội dung tải về không hợp lệ: chọn tally, dossiers, province hoặc inspections.', 400)
    }
    const user = requireRole(req, PROGRESS_STAFF_ROLES, 'tải số liệu tiến độ')
    // Both tables come from the caller's own access: an org-officer gets their organisations only.
    const { summary, rows } = await progressRows(req.payload, progressQuery(q), as(user, req))
    if (what === 'tally')
      return download([tallySheet(summary)], format, `tien-do-${summary.year}`, `Tiến độ năm ${summary.year}`)
    const stageLabel = (s: string | null) => (s ? (STAGES.find((x) => x.value === s)?.label ?? s) : 'Chưa có hồ sơ')
    const sheet: Sheet = {
      name: 'Danh sách hồ sơ',
      preamble: [
        `Danh sách hồ sơ nhận diện, khắc phục năm ${summary.year}`,
        `Số liệu ${summary.live ? 'cập nhật đến' : 'tính đến'} ${formatDateTime(summary.asOf)}`,
      ],
      headers: [
        'STT',
        'Mã',
        'Tổ chức đảng',
        'Loại hình',
        'Khối',
        'Tình trạng',
        'Bước hồ sơ',
        'Cập nhật hồ sơ lần cuối',
      ],
      rows: rows.map((r, i) => [
        i + 1,
        r.code,
        r.name,
        KIND_LABELS[r.kind] ?? r.kind,
        r.sector ? (SECTOR_LABELS[r.sector] ?? r.sector) : '',
        PROGRESS_LABELS[r.state],
        summary.live ? stageLabel(r.stage) : '',
        r.updatedAt ? formatDateTime(r.updatedAt) : '',
      ]),
      widths: [6, 10, 56, 18, 18, 40, 18, 22],
    }
    return download(
      [sheet, tallySheet(summary)],
      format,
      `danh-sach-ho-so-${summary.year}`,
      `Danh sách hồ sơ năm ${summary.year}`,
    )
  }),
}

export const progressEndpoints: Endpoint[] = [
  progressEndpoint,
  provinceProgressEndpoint,
  progressOrganizationsEndpoint,
  inspectionTallyEndpoint,
  progressExportEndpoint,
]
