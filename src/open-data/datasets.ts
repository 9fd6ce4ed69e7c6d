/**
 * The open datasets: one definition per public figure or list, and that definition alone
 * drives the CSV, JSON and XLSX downloads, the JSON API, the OpenAPI description and the
 * /du-lieu-mo page. Every loader reads aggregates through the progress query path or public
 * content with the public's own access: never a dossier, a member or an organisation's record.
 */
import type { Payload, Where } from 'payload'
import { catalogueRows } from '@/catalogue/exportFile'
import { exportCatalogue } from '@/catalogue/store'
import { PUBLIC_DOCUMENT } from '@/documents/access'
import { documentStatusLabel, documentTypeLabel } from '@/documents/taxonomy'
import { DISCIPLINE_FORMS, INSPECTION_KINDS, VIOLATION_AREAS, type InspectionTally } from '@/progress/inspections'
import { commitmentSummary, progressSummary, progressTimelineOf, progressYears, publicScope } from '@/progress/queries'
import { COMMITMENT_LABELS, PROGRESS_LABELS, PROGRESS_STATES, percentOf, type CommitmentTally } from '@/progress/tally'
import { siteUrl } from '@/site'
import { vietnamYearRange } from '@/vietnamese'
import { publicCommitmentCounts, publicInspectionMembers, type PublishedCount } from './suppress'

export type ColumnType = 'string' | 'integer' | 'memberCount' | 'date' | 'datetime' | 'url'
export type Column = { key: string; heading: string; description: string; type: ColumnType }
export type Value = string | number | null
export type DatasetRow = Record<string, Value>

/** `required`: a year with dossiers, the latest by default; `optional`: a filter; `none`. */
export type YearParam = 'required' | 'optional' | 'none'

export type DatasetTable = {
  /** When the figures were taken (counted, or read for lists). */
  takenAt: string
  year: number | null
  rows: DatasetRow[]
}

/** Cache tags a dataset's answers carry, named after what they are read from. */
export type DataTag = 'progress' | 'published-tallies' | 'catalogue' | 'guidance-documents'

export type Dataset = {
  slug: string
  title: string
  description: string
  /** The public page showing these figures, and the section's anchor on it. */
  page: string
  anchor?: string
  year: YearParam
  columns: Column[]
  tags: DataTag[]
  load: (payload: Payload, year: number | null) => Promise<DatasetTable>
}

export class DatasetRefusal extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404,
  ) {
    super(message)
  }
}

const col = (key: string, heading: string, type: ColumnType, description: string): Column => ({
  key,
  heading,
  type,
  description,
})

/** Member counts of a commitment tally, in the order the public page shows them. */
export const COMMITMENT_ITEMS = [
  'members',
  'filed',
  'remedied',
  'partly',
  'notRemedied',
  'pending',
  'notFiled',
] as const satisfies readonly (keyof CommitmentTally)[]
export const COMMITMENT_ITEM_LABELS: Record<(typeof COMMITMENT_ITEMS)[number], string> = {
  members: 'Tổng số đảng viên',
  filed: 'Có phiếu cam kết, khắc phục',
  ...COMMITMENT_LABELS,
}

type InspectionRowOut = { section: string; item: string; organizations: number; members: PublishedCount }

/** A published inspection tally as the rows of its tables on /tien-do, member counts as published. */
export function inspectionTallyRows(t: InspectionTally): InspectionRowOut[] {
  const m = publicInspectionMembers(t)
  const rows: InspectionRowOut[] = [
    {
      section: 'Tổng hợp',
      item: 'Được kiểm tra, giám sát',
      organizations: t.inspected.organizations,
      members: m.inspected,
    },
    {
      section: 'Tổng hợp',
      item: 'Bị thi hành kỷ luật',
      organizations: t.disciplined.organizations,
      members: m.disciplined,
    },
    {
      section: 'Tổng hợp',
      item: 'Kỷ luật liên quan biểu hiện suy thoái',
      organizations: t.degradation.organizations,
      members: m.degradation,
    },
  ]
  const byKindOrg: Partial<Record<string, number>> = {}
  for (const [k, v] of Object.entries(t.inspected.byKind)) byKindOrg[k] = v?.organizations ?? 0
  const pairs = (
    section: string,
    options: readonly { value: string; label: string }[],
    org: Partial<Record<string, number>>,
    member: Partial<Record<string, PublishedCount>>,
  ) => {
    for (const o of options)
      if (org[o.value] || member[o.value])
        rows.push({ section, item: o.label, organizations: org[o.value] ?? 0, members: member[o.value] ?? 0 })
  }
  pairs('Kiểm tra, giám sát theo loại', INSPECTION_KINDS, byKindOrg, m.byKind)
  pairs('Kỷ luật theo hình thức', DISCIPLINE_FORMS, t.disciplined.byForm.organization, m.byForm)
  pairs('Kỷ luật theo lĩnh vực vi phạm', VIOLATION_AREAS, t.disciplined.byArea.organization, m.byArea)
  pairs(
    'Liên quan biểu hiện suy thoái, theo lĩnh vực',
    VIOLATION_AREAS,
    t.degradation.byArea.organization,
    m.degradationByArea,
  )
  return rows
}

async function yearOrLatest(payload: Payload, year: number | null): Promise<number> {
  const years = await progressYears(payload)
  if (year == null) {
    if (!years.length) throw new DatasetRefusal('Chưa có số liệu hồ sơ nhận diện, khắc phục của năm nào.', 404)
    return years[0]
  }
  if (!years.includes(year))
    throw new DatasetRefusal(`Không có số liệu năm ${year}. Các năm có số liệu: ${years.join(', ') || 'chưa có'}.`, 404)
  return year
}

const yearTally: Dataset = {
  slug: 'tien-do-nam',
  title: 'Tình trạng hồ sơ nhận diện, khắc phục của các TCCS đảng trong năm',
  description:
    'Số tổ chức cơ sở đảng (TCCS đảng) theo tình trạng hồ sơ nhận diện, khắc phục của năm: đầy đủ, bị trả lại, đang thẩm định, chưa có hồ sơ, mới thành lập.',
  page: '/tien-do',
  anchor: 'tong-hop',
  year: 'required',
  tags: ['progress'],
  columns: [
    col(
      'state',
      'Mã tình trạng',
      'string',
      'Mã tình trạng hồ sơ (complete, inadequate, inReview, none, new; total là dòng tổng).',
    ),
    col('label', 'Tình trạng', 'string', 'Tên tình trạng như trên trang Tiến độ.'),
    col('organizations', 'Số TCCS đảng', 'integer', 'Số tổ chức cơ sở đảng ở tình trạng này.'),
    col('percent', 'Tỷ lệ (%)', 'integer', 'Tỷ lệ trên tổng số TCCS đảng, làm tròn đến phần trăm.'),
  ],
  load: async (payload, requested) => {
    const year = await yearOrLatest(payload, requested)
    const s = await progressSummary(payload, { ...(await publicScope(payload)).unit, year })
    const t = s.tally
    return {
      takenAt: s.asOf,
      year,
      rows: [
        ...PROGRESS_STATES.map((state) => ({
          state,
          label: PROGRESS_LABELS[state],
          organizations: t[state],
          percent: percentOf(t[state], t.total),
        })),
        { state: 'total', label: 'Tổng số', organizations: t.total, percent: t.total ? 100 : 0 },
      ],
    }
  },
}

const monthly: Dataset = {
  slug: 'dien-bien-theo-thang',
  title: 'Diễn biến tình trạng hồ sơ theo tháng',
  description:
    'Số TCCS đảng theo tình trạng hồ sơ của năm, tính đến cuối mỗi tháng (tháng đang diễn ra: đến thời điểm lấy số liệu).',
  page: '/tien-do',
  anchor: 'dien-bien',
  year: 'required',
  tags: ['progress'],
  columns: [
    col('month', 'Tháng', 'string', 'Tháng, dạng năm-tháng (2022-10).'),
    col('asOf', 'Tính đến', 'datetime', 'Thời điểm số liệu của tháng được tính (cuối tháng, giờ Việt Nam).'),
    ...PROGRESS_STATES.map((s) =>
      col(s, PROGRESS_LABELS[s], 'integer', `Số TCCS đảng ở tình trạng “${PROGRESS_LABELS[s]}” vào thời điểm đó.`),
    ),
    col('total', 'Tổng số', 'integer', 'Tổng số TCCS đảng đang tồn tại vào thời điểm đó.'),
  ],
  load: async (payload, requested) => {
    const year = await yearOrLatest(payload, requested)
    const takenAt = new Date().toISOString()
    const points = await progressTimelineOf(payload, { ...(await publicScope(payload)).unit, year })
    return {
      takenAt,
      year,
      rows: points.map((p) => ({
        month: p.month,
        asOf: p.asOf,
        ...Object.fromEntries(PROGRESS_STATES.map((s) => [s, p.tally[s]])),
        total: p.tally.total,
      })),
    }
  },
}

const commitments: Dataset = {
  slug: 'cam-ket-dang-vien',
  title: 'Phiếu cam kết, khắc phục của đảng viên trong năm',
  description:
    'Số đảng viên có phiếu cam kết, khắc phục của năm và kết quả khắc phục cuối năm, tổng hợp toàn huyện. Số từ 1 đến 2 đảng viên được ghi “<3”, và khi đó một số khác cùng nhóm được ghi “x” để không suy ra được.',
  page: '/tien-do',
  anchor: 'cam-ket',
  year: 'required',
  tags: ['progress'],
  columns: [
    col('item', 'Mã chỉ tiêu', 'string', 'members, filed, remedied, partly, notRemedied, pending, notFiled.'),
    col('label', 'Chỉ tiêu', 'string', 'Tên chỉ tiêu như trên trang Tiến độ.'),
    col(
      'members',
      'Số đảng viên',
      'memberCount',
      'Số đảng viên; từ 1 đến 2 được ghi “<3”, số được ẩn để không suy ra số nhỏ ghi “x”.',
    ),
  ],
  load: async (payload, requested) => {
    const year = await yearOrLatest(payload, requested)
    const takenAt = new Date().toISOString()
    const organizations = (await publicScope(payload)).memberOrganizations
    const shown = publicCommitmentCounts((await commitmentSummary(payload, { year, organizations })).tally)
    return {
      takenAt,
      year,
      rows: COMMITMENT_ITEMS.map((item) => ({ item, label: COMMITMENT_ITEM_LABELS[item], members: shown[item] })),
    }
  },
}

const inspections: Dataset = {
  slug: 'kiem-tra-ky-luat',
  title: 'Kiểm tra, giám sát và thi hành kỷ luật (số liệu đã công bố)',
  description:
    'Các số liệu kiểm tra, giám sát, thi hành kỷ luật mà Ban biên tập đã công bố trên trang Tiến độ, theo từng kỳ. Chỉ là số tổng hợp; số đảng viên từ 1 đến 2 được ghi “<3”, số được ẩn kèm theo ghi “x”. Lọc theo năm: các kỳ có ngày trong năm đó.',
  page: '/tien-do',
  anchor: 'kiem-tra',
  year: 'optional',
  tags: ['published-tallies'],
  columns: [
    col('tally', 'Số liệu công bố', 'string', 'Tiêu đề của số liệu đã công bố.'),
    col('periodFrom', 'Từ ngày', 'date', 'Ngày đầu của kỳ số liệu.'),
    col('periodTo', 'Đến ngày', 'date', 'Ngày cuối của kỳ số liệu.'),
    col('countedAt', 'Thời điểm đếm', 'datetime', 'Thời điểm số liệu được đếm và lưu lại.'),
    col(
      'section',
      'Nhóm',
      'string',
      'Tổng hợp; kiểm tra theo loại; kỷ luật theo hình thức, theo lĩnh vực; liên quan biểu hiện suy thoái.',
    ),
    col('item', 'Nội dung', 'string', 'Loại kiểm tra, hình thức kỷ luật hoặc lĩnh vực vi phạm.'),
    col('organizations', 'Tổ chức đảng', 'integer', 'Số tổ chức đảng (tập thể).'),
    col(
      'members',
      'Đảng viên',
      'memberCount',
      'Số đảng viên; từ 1 đến 2 được ghi “<3”, số được ẩn để không suy ra số nhỏ ghi “x”.',
    ),
  ],
  load: async (payload, year) => {
    const where: Where = year
      ? {
          and: [
            { published: { equals: true } },
            { periodFrom: { less_than: vietnamYearRange(year)[1] } },
            { periodTo: { greater_than_equal: vietnamYearRange(year)[0] } },
          ],
        }
      : { published: { equals: true } }
    const { docs } = await payload.find({
      collection: 'published-tallies',
      where,
      sort: '-periodTo',
      limit: 20,
      depth: 0,
      overrideAccess: false,
    })
    const rows: DatasetRow[] = []
    let takenAt = ''
    for (const t of docs) {
      if (!t.figures) continue
      // The JSON field holds the tally the collection's hook counted (src/progress/inspections).
      const figures = t.figures as InspectionTally
      if (t.countedAt && t.countedAt > takenAt) takenAt = t.countedAt
      for (const r of inspectionTallyRows(figures)) {
        rows.push({
          tally: t.title,
          periodFrom: figures.period.from,
          periodTo: figures.period.to,
          countedAt: t.countedAt ?? null,
          ...r,
        })
      }
    }
    return { takenAt: takenAt || new Date().toISOString(), year, rows }
  },
}

const catalogue: Dataset = {
  slug: 'danh-muc-bieu-hien',
  title: 'Danh mục biểu hiện suy thoái',
  description:
    'Các nhóm, biểu hiện gốc và biểu hiện cụ thể của địa phương, với giải thích, ví dụ và gợi ý khắc phục, như trên trang Biểu hiện.',
  page: '/bieu-hien',
  year: 'none',
  tags: ['catalogue'],
  columns: [
    col('groupCode', 'Mã nhóm', 'string', 'Mã nhóm biểu hiện.'),
    col('groupName', 'Tên nhóm', 'string', 'Tên nhóm biểu hiện.'),
    col('code', 'Mã biểu hiện', 'string', 'Mã biểu hiện (TT-01…).'),
    col(
      'parentCode',
      'Mã biểu hiện gốc',
      'string',
      'Với biểu hiện cụ thể: mã biểu hiện gốc mà nó thuộc về; để trống với biểu hiện gốc.',
    ),
    col('title', 'Tên biểu hiện', 'string', 'Tên biểu hiện.'),
    col('explanation', 'Giải thích', 'string', 'Giải thích biểu hiện.'),
    col('examples', 'Ví dụ thực tế', 'string', 'Biểu hiện trong thực tế.'),
    col('remedies', 'Gợi ý khắc phục', 'string', 'Gợi ý cách khắc phục.'),
    col('documentNumber', 'Số văn bản ban hành', 'string', 'Số hiệu văn bản ban hành biểu hiện.'),
    col('url', 'Địa chỉ', 'url', 'Trang của biểu hiện trên cổng.'),
  ],
  load: async (payload) => {
    const takenAt = new Date().toISOString()
    const rows = catalogueRows(await exportCatalogue(payload, null))
    return {
      takenAt,
      year: null,
      // The group's description and the sort order are the catalogue's own bookkeeping, not columns here.
      rows: rows.map(({ groupDescription: _description, order: _order, ...r }) => ({
        ...r,
        url: `${siteUrl()}/bieu-hien/${encodeURIComponent(r.code.toLowerCase())}`,
      })),
    }
  },
}

const documents: Dataset = {
  slug: 'van-ban',
  title: 'Danh sách văn bản chỉ đạo, hướng dẫn',
  description:
    'Các văn bản công khai trên trang Văn bản: số hiệu, loại, cơ quan ban hành, ngày ban hành, ngày hiệu lực và tình trạng. Lọc theo năm ban hành.',
  page: '/van-ban',
  year: 'optional',
  tags: ['guidance-documents'],
  columns: [
    col('number', 'Số hiệu', 'string', 'Số, ký hiệu văn bản (73-KH/HU).'),
    col('title', 'Trích yếu', 'string', 'Tên, trích yếu văn bản.'),
    col('type', 'Loại văn bản', 'string', 'Nghị quyết, Chỉ thị, Kế hoạch, Hướng dẫn…'),
    col('issuer', 'Cơ quan ban hành', 'string', 'Cơ quan ban hành.'),
    col('issuedAt', 'Ngày ban hành', 'date', 'Ngày ban hành.'),
    col('effectiveAt', 'Ngày hiệu lực', 'date', 'Ngày có hiệu lực (nếu có).'),
    col('status', 'Tình trạng', 'string', 'Còn hiệu lực, đã được thay thế hoặc đã thu hồi.'),
    col('url', 'Địa chỉ', 'url', 'Trang của văn bản trên cổng.'),
  ],
  load: async (payload, year) => {
    const takenAt = new Date().toISOString()
    const and: Where[] = [PUBLIC_DOCUMENT]
    if (year) {
      const [start, end] = vietnamYearRange(year)
      and.push({ issuedAt: { greater_than_equal: start } }, { issuedAt: { less_than: end } })
    }
    const { docs } = await payload.find({
      collection: 'guidance-documents',
      where: { and },
      sort: '-issuedAt',
      limit: 5000,
      depth: 0,
      overrideAccess: false,
      select: {
        title: true,
        slug: true,
        number: true,
        type: true,
        issuer: true,
        issuedAt: true,
        effectiveAt: true,
        status: true,
      },
    })
    return {
      takenAt,
      year,
      rows: docs.map((d) => ({
        number: d.number ?? '',
        title: d.title,
        type: documentTypeLabel(d.type),
        issuer: d.issuer ?? '',
        issuedAt: d.issuedAt ?? null,
        effectiveAt: d.effectiveAt ?? null,
        status: documentStatusLabel(d.status),
        url: `${siteUrl()}/van-ban/${d.slug ?? ''}`,
      })),
    }
  },
}

export const DATASETS: Dataset[] = [yearTally, monthly, commitments, inspections, catalogue, documents]

export function datasetBySlug(slug: string): Dataset | undefined {
  return DATASETS.find((d) => d.slug === slug)
}
