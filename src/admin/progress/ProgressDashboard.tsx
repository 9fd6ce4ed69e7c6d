import type { AdminViewServerProps, PayloadRequest, TypedUser } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import { hasRole, type RoleUser } from '@/access'
import { INSPECTION_ROLES, PROGRESS_STAFF_ROLES } from '@/access/progress'
import { InspectionTallyView } from '@/components/progress/InspectionTallyView'
import { TallyBar } from '@/components/progress/TallyBar'
import { ProvinceSection } from './ProvinceSection'
import { describeInspections, describePeriod, type Period } from '@/progress/inspections'
import { parseId, parseKind, parsePeriod, parseYear } from '@/progress/params'
import {
  as,
  commitmentSummary,
  inspectionSummary,
  organizationSubtree,
  progressRows,
  progressYears,
  type OrganizationProgress,
  type ProgressQuery,
} from '@/progress/queries'
import { PROGRESS_LABELS, PROGRESS_STATES, percentOf, tallyBy, type emptyTally } from '@/progress/tally'
import { formatDateTime } from '@/vietnamese'
import { defaultYear, stageLabel, vietnamYear } from '@/workflow'

const KIND_LABELS: Record<string, string> = {
  'grassroots-committee': 'Đảng bộ cơ sở',
  'grassroots-cell': 'Chi bộ cơ sở',
  cell: 'Chi bộ trực thuộc',
  'section-committee': 'Đảng bộ bộ phận',
}
const SECTOR_LABELS: Record<string, string> = {
  commune: 'Xã, thị trấn',
  agency: 'Cơ quan',
  enterprise: 'Doanh nghiệp',
  'armed-forces': 'Lực lượng vũ trang',
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

type Search = Record<string, string | string[] | undefined>

function qs(params: Record<string, string | number | undefined>): string {
  const u = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.set(k, String(v))
  return u.toString()
}

async function ProgressSection({ req, user, search }: { req: PayloadRequest; user: TypedUser; search: Search }) {
  const { payload } = req
  const years = await progressYears(payload)
  const opening = defaultYear(years) ?? vietnamYear()
  const yearParsed = parseYear(one(search.nam), opening)
  const kindParsed = parseKind(one(search.loai))
  const parentParsed = parseId(one(search.thuoc))
  const districtParsed = parseId(one(search.huyen))
  const errors = [yearParsed, kindParsed, parentParsed, districtParsed]
    .filter((p) => !p.ok)
    .map((p) => (p as { message: string }).message)
  const year = yearParsed.ok ? yearParsed.value : opening
  const parent = parentParsed.ok ? parentParsed.value : undefined
  const district = districtParsed.ok ? districtParsed.value : undefined
  const query: ProgressQuery = parent
    ? { unit: 'cells', parent, year }
    : {
        unit: 'grassroots',
        kinds: kindParsed.ok ? kindParsed.value : undefined,
        year,
        ...(district ? { parents: [district] } : {}),
      }
  const reader = as(user, req)
  const { summary, rows } = await progressRows(payload, query, reader)
  // Organisations with cells, for the "cells under" filter: read with the user's own access.
  const parents = await payload.find({
    collection: 'organizations',
    where: { kind: { equals: 'grassroots-committee' } },
    select: { name: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
    req,
  })
  // Members sit in cells below the grassroots organisations: the whole scope the user may read
  // counts, unless the tally is of one organisation's cells.
  const commitments = rows.length
    ? await commitmentSummary(
        payload,
        {
          year,
          organizations:
            query.unit === 'cells'
              ? rows.map((r) => r.id)
              : district
                ? await organizationSubtree(payload, district)
                : undefined,
        },
        reader,
      )
    : null
  const states = new Map(rows.map((r) => [r.id, r.state]))
  const orgRows = rows.map((r) => ({ id: r.id, kind: r.kind, sector: r.sector }))
  const byKind = tallyBy(orgRows, states, (o) => String(o.kind))
  const bySector = tallyBy(orgRows, states, (o) => (o.sector ? String(o.sector) : 'khác'))
  const admin = payload.config.routes.admin
  const filter = { year, kind: kindParsed.ok ? kindParsed.value?.[0] : undefined, parent }
  const exportQs = (what: string, format: string) =>
    qs({ what, format, year: filter.year, kind: filter.kind, parent: filter.parent, district })
  const grouped = PROGRESS_STATES.map((s) => ({ state: s, rows: rows.filter((r) => r.state === s) }))

  return (
    <>
      <ProvinceSection req={req} user={user} year={year} />
      <section aria-labelledby="tien-do-ho-so" className="progress-dashboard__section">
        <h2 id="tien-do-ho-so">Hồ sơ nhận diện, khắc phục</h2>
        <form method="get" className="progress-dashboard__filters">
          {district ? <input type="hidden" name="huyen" value={district} /> : null}
          <label>
            Năm{' '}
            <select name="nam" defaultValue={String(year)}>
              {(years.includes(year) ? years : [year, ...years]).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label>
            Loại tổ chức{' '}
            <select name="loai" defaultValue={filter.kind ?? ''}>
              <option value="">Tất cả TCCS đảng</option>
              <option value="grassroots-committee">Đảng bộ cơ sở</option>
              <option value="grassroots-cell">Chi bộ cơ sở</option>
            </select>
          </label>
          <label>
            Hoặc các chi bộ trực thuộc{' '}
            <select name="thuoc" defaultValue={parent ?? ''}>
              <option value="">—</option>
              {(parents.docs as { id: string; name?: string }[]).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            Xem
          </button>
        </form>
        {errors.length ? (
          <p className="progress-dashboard__error" role="alert">
            {errors.join(' ')}
          </p>
        ) : null}

        <p className="progress-dashboard__sentence">{`${summary.sentence}.`}</p>
        <TallyBar
          tally={summary.tally}
          id="admin-tally"
          title={`Tình trạng hồ sơ năm ${year}`}
          description={summary.sentence}
        />
        <p className="progress-dashboard__muted">
          Số liệu trực tiếp lúc {formatDateTime(summary.asOf)} · {rows.length} {summary.unitLabel} trong phạm vi của bạn
          · <a href={`/api/progress/export?${exportQs('tally', 'xlsx')}`}>Tải số liệu (XLSX)</a> ·{' '}
          <a href={`/api/progress/export?${exportQs('tally', 'csv')}`}>CSV</a> ·{' '}
          <a href={`/api/progress/export?${exportQs('dossiers', 'xlsx')}`}>Danh sách hồ sơ (XLSX)</a> ·{' '}
          <a href={`/api/progress/export?${exportQs('dossiers', 'csv')}`}>CSV</a>
        </p>

        <h3>Các tổ chức đứng sau từng con số</h3>
        {grouped.map(({ state, rows: list }) => (
          <details key={state} className="progress-dashboard__drill" open={state === 'inadequate' && list.length > 0}>
            <summary>
              {PROGRESS_LABELS[state]}: <strong>{list.length}</strong> ({percentOf(list.length, rows.length)}%)
            </summary>
            {list.length ? <OrganizationTable rows={list} admin={admin} /> : <p>Không có tổ chức nào.</p>}
          </details>
        ))}

        <div className="progress-dashboard__grid">
          <BreakdownTable caption="Theo loại tổ chức" labels={KIND_LABELS} data={byKind} />
          <BreakdownTable caption="Theo khối" labels={SECTOR_LABELS} data={bySector} />
        </div>

        {commitments ? (
          <>
            <h3>Phiếu cam kết, khắc phục của đảng viên</h3>
            <p>{`${commitments.sentence}.`}</p>
          </>
        ) : null}
      </section>
    </>
  )
}

function OrganizationTable({ rows, admin }: { rows: OrganizationProgress[]; admin: string }) {
  return (
    <table className="progress-dashboard__table">
      <thead>
        <tr>
          <th scope="col">Tổ chức đảng</th>
          <th scope="col">Mã</th>
          <th scope="col">Loại hình</th>
          <th scope="col">Bước hồ sơ</th>
          <th scope="col">Cập nhật</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              {r.dossier ? (
                <a href={`${admin}/collections/dossiers/${r.dossier}`}>{r.name}</a>
              ) : (
                <a href={`${admin}/collections/organizations/${r.id}`}>{r.name}</a>
              )}
            </td>
            <td>{r.code}</td>
            <td>{KIND_LABELS[r.kind] ?? r.kind}</td>
            <td>{r.stage ? stageLabel(r.stage) : 'Chưa có hồ sơ'}</td>
            <td>{r.updatedAt ? formatDateTime(r.updatedAt) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function BreakdownTable({
  caption,
  labels,
  data,
}: {
  caption: string
  labels: Record<string, string>
  data: Map<string, ReturnType<typeof emptyTally>>
}) {
  return (
    <table className="progress-dashboard__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" />
          {PROGRESS_STATES.map((s) => (
            <th key={s} scope="col">
              {PROGRESS_LABELS[s]}
            </th>
          ))}
          <th scope="col">Tổng</th>
        </tr>
      </thead>
      <tbody>
        {[...data].map(([k, t]) => (
          <tr key={k}>
            <th scope="row">{labels[k] ?? k}</th>
            {PROGRESS_STATES.map((s) => (
              <td key={s}>{t[s]}</td>
            ))}
            <td>{t.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

async function InspectionSection({ req, user, search }: { req: PayloadRequest; user: TypedUser; search: Search }) {
  const { payload } = req
  const latest = await payload.find({
    collection: 'published-tallies',
    sort: '-periodTo',
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user,
    req,
  })
  const fallback = (latest.docs[0] as { periodFrom?: string; periodTo?: string } | undefined) ?? null
  const day = (v?: string) =>
    v ? new Date(new Date(v).getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10) : undefined
  const thisYear = new Date().getFullYear()
  const from = one(search.tu) ?? day(fallback?.periodFrom) ?? `${thisYear}-01-01`
  const to = one(search.den) ?? day(fallback?.periodTo) ?? `${thisYear}-12-31`
  const parsed = parsePeriod(from, to)
  const period: Period | null = parsed.ok ? parsed.value : null
  const tally = period ? await inspectionSummary(payload, period, as(user, req)) : null
  const admin = payload.config.routes.admin
  const range = (field: string) =>
    period
      ? `where[and][0][${field}][greater_than_equal]=${period.from.toISOString()}&where[and][1][${field}][less_than_equal]=${period.to.toISOString()}`
      : ''
  return (
    <section aria-labelledby="kiem-tra-ky-luat" className="progress-dashboard__section">
      <h2 id="kiem-tra-ky-luat">Kiểm tra, giám sát và kỷ luật</h2>
      <form method="get" className="progress-dashboard__filters">
        {Object.entries(search)
          .filter(([k]) => k !== 'tu' && k !== 'den')
          .map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={String(one(v) ?? '')} />
          ))}
        <label>
          Từ ngày <input type="date" name="tu" defaultValue={from} />
        </label>
        <label>
          Đến ngày <input type="date" name="den" defaultValue={to} />
        </label>
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          Xem
        </button>
      </form>
      {!parsed.ok ? (
        <p className="progress-dashboard__error" role="alert">
          {parsed.message}
        </p>
      ) : null}
      {tally && period ? (
        <>
          <InspectionTallyView
            title={`Giai đoạn ${describePeriod(period)}`}
            figures={tally}
            sentence={describeInspections(tally)}
          />
          <p className="progress-dashboard__muted">
            <a href={`${admin}/collections/inspections?${range('startedAt')}`}>Các cuộc kiểm tra trong kỳ</a> ·{' '}
            <a href={`${admin}/collections/disciplinary-actions?${range('decidedAt')}`}>
              Các quyết định kỷ luật trong kỳ
            </a>{' '}
            ·{' '}
            <a href={`/api/progress/export?${qs({ what: 'inspections', format: 'xlsx', from, to })}`}>
              Tải số liệu (XLSX)
            </a>{' '}
            · <a href={`/api/progress/export?${qs({ what: 'inspections', format: 'csv', from, to })}`}>CSV</a> ·{' '}
            <a href={`${admin}/collections/published-tallies/create`}>Công bố số liệu một kỳ</a>
          </p>
        </>
      ) : null}
    </section>
  )
}

/**
 * /admin/tien-do: the tallies with the organisations behind each number, read with the
 * user's own access (an org-officer sees their organisations only), and, for the inspection
 * committee, the period's inspection and discipline figures.
 */
export async function ProgressDashboard({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const user = req.user as TypedUser | null
  if (!user)
    redirect(
      `${req.payload.config.routes.admin}/login?redirect=${encodeURIComponent(`${req.payload.config.routes.admin}/tien-do`)}`,
    )
  const search = (searchParams ?? {}) as Search
  const mayProgress = hasRole(user as RoleUser, ...PROGRESS_STAFF_ROLES)
  const mayInspect = hasRole(user as RoleUser, ...INSPECTION_ROLES)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={{ collections: visibleEntities?.collections, globals: visibleEntities?.globals }}
    >
      <Gutter>
        <div className="progress-dashboard">
          <h1>Tiến độ và số liệu</h1>
          {!mayProgress && !mayInspect ? (
            <p>Tài khoản của bạn không có quyền xem số liệu tiến độ hay kiểm tra, kỷ luật.</p>
          ) : null}
          {mayProgress ? <ProgressSection req={req} user={user} search={search} /> : null}
          {mayInspect ? <InspectionSection req={req} user={user} search={search} /> : null}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
