/**
 * The one query path behind every progress, commitment and inspection figure: the public
 * page, the frozen article block, the published tallies, the staff dashboard, the exports
 * and the benchmark all come through here.
 *
 * Two modes, and only two:
 * - `system`: reads every row with overrideAccess (the only place in the code base that does
 *   so for restricted collections) and returns aggregates only, never a row.
 * - `as(user)`: reads with the user's own access (overrideAccess: false), so an org-officer's
 *   figures cover their organisations only; only this mode returns organisation-level rows.
 */
import type { Payload, PayloadRequest, TypedUser, Where } from 'payload'
import { GRASSROOTS_KINDS } from '@/organizations'
import { yearsWithDossiers } from '@/workflow/server/years'
import {
  tallyInspections,
  type DisciplineRow,
  type InspectionRow,
  type InspectionTally,
  type Period,
} from './inspections'
import {
  describeCommitments,
  describeTally,
  emptyTally,
  progressTimeline,
  tallyBy,
  tallyAsOf,
  tallyCommitments,
  tallyProgress,
  type CommitmentTally,
  type DossierRow,
  type DossierStage,
  type OrganizationRow,
  type ProgressState,
  type StageEvent,
  type Tally,
  type TimelinePoint,
} from './tally'
import { relationId } from '@/fields/relationships'

export type UserReader = { mode: 'user'; user: TypedUser; req?: PayloadRequest }
export type Reader = { mode: 'system' } | UserReader
export const SYSTEM: Reader = { mode: 'system' }
export const as = (user: TypedUser, req?: PayloadRequest): UserReader => ({ mode: 'user', user, req })

/**
 * Which organisations a tally covers: grassroots ones (of the given districts when `parents` is
 * set, else all), or the cells under one grassroots organisation.
 */
export type Unit = { unit: 'grassroots'; kinds?: string[]; parents?: string[] } | { unit: 'cells'; parent: string }

export type ProgressQuery = Unit & { year: number; asOf?: Date }

export type ProgressSummary = {
  year: number
  /** The moment described: the chosen date, or now/the year's end for the live tally. */
  asOf: string
  live: boolean
  unitLabel: string
  newOrganizationMonths: number
  tally: Tally
  sentence: string
}

export type OrganizationProgress = {
  id: string
  name: string
  code: string
  kind: string
  sector: string | null
  parent: string | null
  state: ProgressState
  dossier: string | null
  stage: DossierStage | null
  updatedAt: string | null
}

type OrgRow = OrganizationRow & {
  name?: string
  code?: string
  kind?: string
  sector?: string | null
  parent?: string | null
}

function access(reader: Reader) {
  return reader.mode === 'system'
    ? { overrideAccess: true as const }
    : { overrideAccess: false as const, user: reader.user, ...(reader.req ? { req: reader.req } : {}) }
}

type ReadSlug = 'organizations' | 'dossiers' | 'dossier-events' | 'inspections' | 'disciplinary-actions'

/**
 * Every row this module reads comes through here. System reads go straight to the database
 * adapter (payload.db.find, the same call on SQLite and MongoDB): no access rules and no
 * hooks, which is what overrideAccess would mean, at a fraction of the cost for thousands of
 * rows. User reads go through the Local API with the user's access rules.
 */
async function readRows(
  payload: Payload,
  reader: Reader,
  args: { collection: ReadSlug; where: Where; select: Record<string, true>; sort?: string },
): Promise<Record<string, unknown>[]> {
  if (reader.mode === 'system') {
    const result = await payload.db.find({
      collection: args.collection,
      where: args.where,
      select: args.select,
      sort: args.sort,
      pagination: false,
      limit: 0,
    })
    return result.docs as Record<string, unknown>[]
  }
  const result = await payload.find({
    collection: args.collection,
    where: args.where,
    select: args.select,
    sort: args.sort,
    depth: 0,
    pagination: false,
    ...access(reader),
  })
  // Callers read fields by name over several collections; generated interfaces carry no index signature.
  return result.docs as unknown as Record<string, unknown>[]
}

/** Ids go to the database in slices, well under any adapter's limit on query parameters. */
const ID_CHUNK = 5_000
async function readForOrganizations(
  payload: Payload,
  reader: Reader,
  orgIds: string[],
  args: { collection: ReadSlug; where: Where; select: Record<string, true>; sort?: string },
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = []
  for (let i = 0; i < orgIds.length; i += ID_CHUNK) {
    const chunk = orgIds.slice(i, i + ID_CHUNK)
    out.push(
      ...(await readRows(payload, reader, { ...args, where: { and: [args.where, { organization: { in: chunk } }] } })),
    )
  }
  return out
}

async function newOrganizationMonths(payload: Payload): Promise<number> {
  const site = (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })) as {
    newOrganizationMonths?: number | null
  }
  const months = Number(site.newOrganizationMonths ?? 6)
  return Number.isFinite(months) && months >= 0 ? months : 6
}

function unitWhere(q: Unit): Where {
  if (q.unit === 'cells') return { parent: { equals: q.parent } }
  const kinds = q.kinds?.length ? q.kinds.filter((k) => GRASSROOTS_KINDS.includes(k)) : GRASSROOTS_KINDS
  const kind: Where = { kind: { in: kinds.length ? kinds : GRASSROOTS_KINDS } }
  // An empty list of districts covers nothing, not everything.
  return q.parents ? { and: [kind, { parent: { in: q.parents.length ? q.parents : ['-'] } }] } : kind
}

async function loadOrganizations(payload: Payload, q: Unit, reader: Reader, withNames: boolean): Promise<OrgRow[]> {
  const docs = await readRows(payload, reader, {
    collection: 'organizations',
    where: unitWhere(q),
    select: withNames
      ? { establishedAt: true, dissolvedAt: true, name: true, code: true, kind: true, sector: true, parent: true }
      : { establishedAt: true, dissolvedAt: true },
    sort: withNames ? 'name' : undefined,
  })
  return docs.map((d) => ({
    id: String(d.id),
    establishedAt: (d.establishedAt as string) ?? null,
    dissolvedAt: (d.dissolvedAt as string) ?? null,
    name: d.name as string | undefined,
    code: d.code as string | undefined,
    kind: d.kind as string | undefined,
    sector: (d.sector as string) ?? null,
    parent: relationId(d.parent) ?? null,
  }))
}

type DossierFull = DossierRow & { id: string; updatedAt?: string }

async function loadDossiers(
  payload: Payload,
  year: number,
  orgIds: string[],
  reader: Reader,
  withDates: boolean,
): Promise<DossierFull[]> {
  const docs = await readForOrganizations(payload, reader, orgIds, {
    collection: 'dossiers',
    where: { year: { equals: year } },
    select: withDates ? { organization: true, stage: true, updatedAt: true } : { organization: true, stage: true },
  })
  const out: DossierFull[] = []
  for (const d of docs) {
    const organization = relationId(d.organization) ?? null
    if (organization)
      out.push({
        id: String(d.id),
        organization,
        year,
        stage: d.stage as DossierStage,
        updatedAt: d.updatedAt as string | undefined,
      })
  }
  return out
}

async function loadEvents(
  payload: Payload,
  year: number,
  orgIds: string[],
  until: Date | null,
  reader: Reader,
): Promise<StageEvent[]> {
  // Events after `until` are dropped here rather than in the query: a year's events of these
  // organisations are few, and a date condition lures SQLite onto the date index instead.
  const docs = await readForOrganizations(payload, reader, orgIds, {
    collection: 'dossier-events',
    where: { year: { equals: year } },
    select: { dossier: true, organization: true, toStage: true, at: true },
  })
  const out: StageEvent[] = []
  for (const d of docs) {
    const organization = relationId(d.organization) ?? null
    const dossier = relationId(d.dossier) ?? null
    if (!organization || !dossier) continue
    if (until && new Date(d.at as string) > until) continue
    out.push({ dossier, organization, toStage: d.toStage as DossierStage, at: d.at as string })
  }
  return out
}

function unitLabel(q: Unit): string {
  return q.unit === 'cells' ? 'chi bộ' : 'TCCS đảng'
}

/**
 * The tally of a year: live (each dossier's present stage) unless `asOf` is given and in the
 * past, in which case the stages are replayed from the append-only event log.
 */
async function computeProgress(payload: Payload, q: ProgressQuery, reader: Reader, withRows: boolean) {
  const now = new Date()
  const months = await newOrganizationMonths(payload)
  const organizations = await loadOrganizations(payload, q, reader, withRows)
  const orgIds = organizations.map((o) => o.id)
  const replay = Boolean(q.asOf && q.asOf < now)
  // Stages are taken at the moment itself (a 2022 dossier approved in 2023 counts from then);
  // who exists and who is new is judged at that moment but never after the year's end (tally.ts).
  const asOf = replay ? q.asOf! : now
  let result: { tally: Tally; states: Map<string, ProgressState> }
  let dossiers: DossierFull[] = []
  if (replay) {
    const events = await loadEvents(payload, q.year, orgIds, asOf, reader)
    result = tallyAsOf(organizations, events, { year: q.year, asOf, newOrganizationMonths: months })
  } else {
    dossiers = await loadDossiers(payload, q.year, orgIds, reader, withRows)
    result = tallyProgress(organizations, dossiers, { year: q.year, asOf, newOrganizationMonths: months })
  }
  const summary: ProgressSummary = {
    year: q.year,
    asOf: asOf.toISOString(),
    live: !replay,
    unitLabel: unitLabel(q),
    newOrganizationMonths: months,
    tally: result.tally,
    sentence: describeTally(result.tally, unitLabel(q)),
  }
  return { summary, organizations, dossiers, states: result.states }
}

/** Aggregates only: safe for the public page, article blocks and anonymous endpoints. */
export async function progressSummary(payload: Payload, q: ProgressQuery): Promise<ProgressSummary> {
  return (await computeProgress(payload, q, SYSTEM, false)).summary
}

/**
 * Organisation names grouped by state, for the public page only when an editor has turned on
 * "show organisation names" (progress-settings). Names, never dossiers.
 */
export async function progressNamesByState(
  payload: Payload,
  q: ProgressQuery,
): Promise<Record<ProgressState, string[]>> {
  const { organizations, states } = await computeProgress(payload, q, SYSTEM, true)
  const out: Record<ProgressState, string[]> = { complete: [], inadequate: [], inReview: [], none: [], new: [] }
  for (const o of organizations) {
    const s = states.get(o.id)
    if (s) out[s].push(o.name ?? '')
  }
  return out
}

/** Organisation-level rows, read with the user's own access: staff dashboard and exports. */
export async function progressRows(
  payload: Payload,
  q: ProgressQuery,
  reader: UserReader,
): Promise<{ summary: ProgressSummary; rows: OrganizationProgress[] }> {
  const { summary, organizations, dossiers, states } = await computeProgress(payload, q, reader, true)
  const dossierOf = new Map(dossiers.map((d) => [d.organization, d]))
  const rows: OrganizationProgress[] = []
  for (const o of organizations) {
    const state = states.get(o.id)
    if (!state) continue
    const d = dossierOf.get(o.id)
    rows.push({
      id: o.id,
      name: o.name ?? '',
      code: o.code ?? '',
      kind: o.kind ?? '',
      sector: o.sector ?? null,
      parent: o.parent ?? null,
      state,
      dossier: d?.id ?? null,
      stage: d?.stage ?? null,
      updatedAt: d?.updatedAt ?? null,
    })
  }
  return { summary, rows }
}

/** Month by month, replayed from the events: aggregates only. */
export async function progressTimelineOf(
  payload: Payload,
  q: Unit & { year: number },
  reader: Reader = SYSTEM,
): Promise<TimelinePoint[]> {
  const months = await newOrganizationMonths(payload)
  const organizations = await loadOrganizations(payload, q, reader, false)
  const events = await loadEvents(
    payload,
    q.year,
    organizations.map((o) => o.id),
    null,
    reader,
  )
  return progressTimeline(organizations, events, { year: q.year, newOrganizationMonths: months, now: new Date() })
}

/** The years of the programme that have dossiers, newest first (for the year pickers). */
export async function progressYears(payload: Payload): Promise<number[]> {
  return yearsWithDossiers(payload)
}

export type CommitmentSummary = { year: number; tally: CommitmentTally; sentence: string }

/**
 * Member commitments of a year, counted by the database (a province has hundreds of thousands):
 * members in scope, and the year's commitments by year-end result.
 */
export async function commitmentSummary(
  payload: Payload,
  q: { year: number; organizations?: string[] },
  reader: Reader = SYSTEM,
): Promise<CommitmentSummary> {
  const count = async (collection: 'members' | 'commitments', where: Where[]): Promise<number> => {
    const run = async (extra: Where[]) => {
      const all = [...where, ...extra]
      const w: Where = all.length ? { and: all } : {}
      return reader.mode === 'system'
        ? (await payload.db.count({ collection, where: w })).totalDocs
        : (await payload.count({ collection, where: w, ...access(reader) })).totalDocs
    }
    if (!q.organizations) return run([])
    let total = 0
    for (let i = 0; i < q.organizations.length; i += ID_CHUNK)
      total += await run([{ organization: { in: q.organizations.slice(i, i + ID_CHUNK) } }])
    return total
  }
  const year: Where = { year: { equals: q.year } }
  // One after another: SQLite answers one query at a time anyway, and MongoDB does not mind.
  const members = await count('members', [])
  const remedied = await count('commitments', [year, { result: { equals: 'remedied' } }])
  const partly = await count('commitments', [year, { result: { equals: 'partly' } }])
  const notRemedied = await count('commitments', [year, { result: { equals: 'not-remedied' } }])
  const total = await count('commitments', [year])
  const tally = tallyCommitments({
    members,
    byResult: { remedied, partly, 'not-remedied': notRemedied, none: total - remedied - partly - notRemedied },
  })
  return { year: q.year, tally, sentence: describeCommitments(tally, q.year) }
}

/**
 * Inspections begun and decisions taken within a period. System mode for published tallies
 * (aggregates only); user mode for the inspection committee's own dashboard and exports.
 */
export async function inspectionSummary(
  payload: Payload,
  period: Period,
  reader: Reader = SYSTEM,
  /** only records about these organisations (and their members): a district's own figures */
  organizations?: string[],
): Promise<InspectionTally> {
  const range = (field: string): Where => ({
    and: [
      { [field]: { greater_than_equal: period.from.toISOString() } },
      { [field]: { less_than_equal: period.to.toISOString() } },
      ...(organizations ? [{ scopeOrganization: { in: organizations.length ? organizations : ['-'] } }] : []),
    ],
  })
  const inspections = await readRows(payload, reader, {
    collection: 'inspections',
    where: range('startedAt'),
    select: { subjectType: true, organization: true, member: true, kind: true, startedAt: true, finding: true },
  })
  const disciplines = await readRows(payload, reader, {
    collection: 'disciplinary-actions',
    where: range('decidedAt'),
    select: {
      subjectType: true,
      organization: true,
      member: true,
      form: true,
      area: true,
      decidedAt: true,
      relatedToDegradation: true,
    },
  })
  const subject = (d: Record<string, unknown>) =>
    relationId(d.subjectType === 'organization' ? d.organization : d.member) ?? `?${String(d.id)}`
  const inspectionRows: InspectionRow[] = inspections.map((d) => ({
    subjectType: d.subjectType as InspectionRow['subjectType'],
    subject: subject(d),
    kind: d.kind as InspectionRow['kind'],
    startedAt: d.startedAt as string,
    finding: (d.finding as InspectionRow['finding']) ?? null,
  }))
  const disciplineRows: DisciplineRow[] = disciplines.map((d) => ({
    subjectType: d.subjectType as DisciplineRow['subjectType'],
    subject: subject(d),
    form: d.form as DisciplineRow['form'],
    area: d.area as DisciplineRow['area'],
    decidedAt: d.decidedAt as string,
    relatedToDegradation: Boolean(d.relatedToDegradation),
  }))
  return tallyInspections(inspectionRows, disciplineRows, period)
}

export type DistrictProgress = { id: string; name: string; code: string; tally: Tally; sentence: string }

export type ProvinceRollup = {
  year: number
  asOf: string
  live: boolean
  province: { id: string; name: string }
  newOrganizationMonths: number
  /** one row per district of the province, by name */
  districts: DistrictProgress[]
  /** the province: the same tally over all its grassroots organisations (= the sum of the rows) */
  total: Tally
  sentence: string
}

/** The districts directly under a province, by name. */
export async function provinceDistricts(payload: Payload, province: string, reader: Reader = SYSTEM) {
  const docs = await readRows(payload, reader, {
    collection: 'organizations',
    where: { and: [{ parent: { equals: province } }, { kind: { equals: 'district' } }] },
    select: { name: true, code: true },
    sort: 'name',
  })
  return docs.map((d) => ({ id: String(d.id), name: String(d.name ?? ''), code: String(d.code ?? '') }))
}

/**
 * A province's tally, district by district: every grassroots organisation of every district
 * is in exactly one state, so the province row is the sum of the district rows. Read as the
 * system it gives aggregates only; read as a user, a district's staff get their own district.
 */
export async function provinceRollup(
  payload: Payload,
  q: { province: string; year: number; asOf?: Date },
  reader: Reader = SYSTEM,
): Promise<ProvinceRollup | null> {
  const province = (
    await readRows(payload, reader, {
      collection: 'organizations',
      where: { id: { equals: q.province } },
      select: { name: true },
    })
  )[0]
  const districts = await provinceDistricts(payload, q.province, reader)
  if (!province && districts.length === 0) return null
  const { summary, organizations, states } = await computeProgress(
    payload,
    { unit: 'grassroots', parents: districts.map((d) => d.id), year: q.year, asOf: q.asOf },
    reader,
    true,
  )
  const byDistrict = tallyBy(organizations, states, (o) => (o.parent as string | null) ?? undefined)
  return {
    year: q.year,
    asOf: summary.asOf,
    live: summary.live,
    province: { id: q.province, name: String(province?.name ?? '') },
    newOrganizationMonths: summary.newOrganizationMonths,
    districts: districts.map((d) => {
      const tally = byDistrict.get(d.id) ?? emptyTally()
      return { ...d, tally, sentence: describeTally(tally) }
    }),
    total: summary.tally,
    sentence: summary.sentence,
  }
}

/** An organisation and every organisation below it (system read: ids only, for counting). */
export async function organizationSubtree(payload: Payload, root: string): Promise<string[]> {
  const all = new Set([root])
  let frontier = [root]
  for (let depth = 0; frontier.length > 0 && depth < 10; depth++) {
    const next: string[] = []
    for (let i = 0; i < frontier.length; i += ID_CHUNK) {
      const rows = await readRows(payload, SYSTEM, {
        collection: 'organizations',
        where: { parent: { in: frontier.slice(i, i + ID_CHUNK) } },
        select: { parent: true },
      })
      for (const r of rows) if (!all.has(String(r.id))) next.push(String(r.id))
    }
    next.forEach((id) => all.add(id))
    frontier = next
  }
  return [...all]
}

/** The district the public progress pages speak for, and the province above it (progress settings). */
export async function siteCommittees(
  payload: Payload,
): Promise<{ district?: string; province?: string; showProvince: boolean }> {
  const s = (await payload.findGlobal({ slug: 'progress-settings', depth: 0, overrideAccess: true })) as {
    district?: unknown
    province?: unknown
    showProvince?: boolean | null
  }
  return {
    district: relationId(s.district),
    province: relationId(s.province),
    showProvince: Boolean(s.showProvince),
  }
}

/**
 * What the public figures speak for: the grassroots organisations of the site's district (all
 * of them when no district is set), and the organisations whose members count.
 */
export async function publicScope(payload: Payload): Promise<{ unit: Unit; memberOrganizations?: string[] }> {
  const { district } = await siteCommittees(payload)
  if (!district) return { unit: { unit: 'grassroots' } }
  return {
    unit: { unit: 'grassroots', parents: [district] },
    memberOrganizations: await organizationSubtree(payload, district),
  }
}
