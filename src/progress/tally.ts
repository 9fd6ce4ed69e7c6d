/**
 * Progress tallies (docs/dossier-workflow.md, "Progress") as pure functions over plain rows: for a year, every
 * grassroots organisation is in exactly one state.
 */

import { vietnamDateParts } from '@/vietnamese'

export type DossierStage = 'draft' | 'submitted' | 'returned' | 'recommended' | 'approved'
export type ProgressState = 'complete' | 'inadequate' | 'inReview' | 'none' | 'new'

export const PROGRESS_STATES: ProgressState[] = ['complete', 'inadequate', 'inReview', 'none', 'new']

export const PROGRESS_LABELS: Record<ProgressState, string> = {
  complete: 'Đầy đủ hồ sơ (đã phê duyệt)',
  inadequate: 'Kế hoạch không bảo đảm yêu cầu (bị trả lại)',
  inReview: 'Đang thẩm định',
  none: 'Chưa có hồ sơ',
  new: 'Mới thành lập',
}

export type OrganizationRow = {
  id: string
  establishedAt?: string | Date | null
  dissolvedAt?: string | Date | null
}

export type DossierRow = { organization: string; year: number; stage: DossierStage }

export type StageEvent = { dossier: string; toStage: DossierStage; at: string | Date; organization?: string }

export type TallyOptions = {
  year: number
  /** The moment the tally describes; defaults to the end of the year. */
  asOf?: Date
  /** Organisations established less than this many months before `asOf` are "new". */
  newOrganizationMonths: number
}

export type Tally = Record<ProgressState, number> & { total: number; required: number }

const toDate = (v: string | Date | null | undefined): Date | null => (v ? (v instanceof Date ? v : new Date(v)) : null)

export function endOfYear(year: number): Date {
  // 23:59:59.999 on 31 December in Vietnam (UTC+7).
  return new Date(Date.UTC(year, 11, 31, 16, 59, 59, 999))
}

/** The last moment of a month (1–12) in Vietnam (UTC+7). */
export function endOfMonth(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1, -7) - 1)
}

/** The first moment of a month (1–12) in Vietnam (UTC+7). */
export function startOfMonth(year: number, month: number): Date {
  return new Date(Date.UTC(year, month - 1, 1, -7))
}

/**
 * The moment a year's tally is taken at: the given moment, but never after the year's end
 * (a 2022 tally read in 2024 describes 31/12/2022 as far as who exists and who is new).
 */
export function referenceDate(year: number, asOf?: Date): Date {
  const end = endOfYear(year)
  return asOf && asOf < end ? asOf : end
}

/** The date before which an organisation must have been established to be required to file. */
export function newCutoff(asOf: Date, months: number): Date {
  // Calendar months, clamped: 31 December less 6 months is 30 June, not 1 July.
  const y = asOf.getUTCFullYear()
  const m = asOf.getUTCMonth() - months
  const target = new Date(Date.UTC(y, m, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(asOf.getUTCDate(), lastDay))
  target.setUTCHours(asOf.getUTCHours(), asOf.getUTCMinutes(), asOf.getUTCSeconds(), asOf.getUTCMilliseconds())
  return target
}

/** Whether an organisation exists at `asOf` (established, not yet dissolved). */
export function existsAt(org: OrganizationRow, asOf: Date): boolean {
  const established = toDate(org.establishedAt)
  const dissolved = toDate(org.dissolvedAt)
  if (established && established > asOf) return false
  if (dissolved && dissolved <= asOf) return false
  return true
}

export function stateOf(
  org: OrganizationRow,
  stage: DossierStage | undefined,
  asOf: Date,
  newMonths: number,
): ProgressState {
  return stateBefore(org, stage, newCutoff(asOf, newMonths))
}

/** The state given the cut-off date itself (computed once per tally, not once per organisation). */
function stateBefore(org: OrganizationRow, stage: DossierStage | undefined, cutoff: Date): ProgressState {
  switch (stage) {
    case 'approved':
      return 'complete'
    case 'returned':
      return 'inadequate'
    case 'submitted':
    case 'recommended':
      return 'inReview'
    default: {
      const established = toDate(org.establishedAt)
      if (established && established > cutoff) return 'new'
      return 'none'
    }
  }
}

export function emptyTally(): Tally {
  return { complete: 0, inadequate: 0, inReview: 0, none: 0, new: 0, total: 0, required: 0 }
}

/**
 * Tallies organisations by state for a year. Organisations not existing at `asOf` are left
 * out. `required` is the total less the new ones (the "34" of "34/34").
 */
export function tallyProgress(
  organizations: OrganizationRow[],
  dossiers: DossierRow[],
  options: TallyOptions,
): { tally: Tally; states: Map<string, ProgressState> } {
  const asOf = referenceDate(options.year, options.asOf)
  const stageByOrg = new Map<string, DossierStage>()
  for (const d of dossiers) if (d.year === options.year) stageByOrg.set(d.organization, d.stage)
  const tally = emptyTally()
  const states = new Map<string, ProgressState>()
  const cutoff = newCutoff(asOf, options.newOrganizationMonths)
  for (const org of organizations) {
    if (!existsAt(org, asOf)) continue
    const state = stateBefore(org, stageByOrg.get(org.id), cutoff)
    states.set(org.id, state)
    tally[state]++
    tally.total++
  }
  tally.required = tally.total - tally.new
  return { tally, states }
}

/** Each dossier's stage at a moment, replayed from its transition events. */
export function stagesAsOf(events: StageEvent[], asOf: Date): Map<string, DossierStage> {
  const latest = new Map<string, { at: number; stage: DossierStage }>()
  for (const e of events) {
    const at = toDate(e.at)!.getTime()
    if (at > asOf.getTime()) continue
    const prev = latest.get(e.dossier)
    if (!prev || at >= prev.at) latest.set(e.dossier, { at, stage: e.toStage })
  }
  return new Map([...latest].map(([k, v]) => [k, v.stage]))
}

/**
 * The tally in the words of the district's reports:
 * "15/35 TCCS đảng có đầy đủ hồ sơ, kế hoạch khắc phục, 2 đơn vị kế hoạch không bảo đảm yêu
 * cầu, 11 đơn vị chưa có hồ sơ, còn 7 đơn vị mới thành lập".
 */
export function describeTally(t: Tally, unit = 'TCCS đảng'): string {
  if (t.total === 0) return `Chưa có ${unit} nào trong kỳ này.`
  if (t.complete === t.required && t.required > 0 && t.inadequate + t.inReview + t.none === 0) {
    const tail = t.new ? `, còn ${t.new} đơn vị mới thành lập` : ''
    return `${t.complete}/${t.required} ${unit} đã hoàn thiện xong hồ sơ được phê duyệt${tail}`
  }
  const parts = [`${t.complete}/${t.total} ${unit} có đầy đủ hồ sơ, kế hoạch khắc phục`]
  if (t.inadequate) parts.push(`${t.inadequate} đơn vị kế hoạch không bảo đảm yêu cầu`)
  if (t.inReview) parts.push(`${t.inReview} đơn vị đang được thẩm định`)
  if (t.none) parts.push(`${t.none} đơn vị chưa có hồ sơ`)
  let sentence = parts.join(', ')
  if (t.new) sentence += `, còn ${t.new} đơn vị mới thành lập`
  return sentence
}

/**
 * The tally as it stood at `asOf`, from the append-only event log alone: each dossier's stage
 * is the last transition at or before that moment. Events must carry their organisation.
 */
export function tallyAsOf(
  organizations: OrganizationRow[],
  events: StageEvent[],
  options: TallyOptions & { asOf: Date },
): { tally: Tally; states: Map<string, ProgressState> } {
  const orgOfDossier = new Map<string, string>()
  for (const e of events) if (e.organization) orgOfDossier.set(e.dossier, e.organization)
  const dossiers: DossierRow[] = []
  for (const [dossier, stage] of stagesAsOf(events, options.asOf)) {
    const organization = orgOfDossier.get(dossier)
    if (organization) dossiers.push({ organization, year: options.year, stage })
  }
  return tallyProgress(organizations, dossiers, options)
}

export type TimelinePoint = { month: string; label: string; asOf: string; tally: Tally }

/** How far a timeline runs past its year: late approvals of a year's dossiers still count. */
const TIMELINE_MAX_MONTHS = 24

/**
 * Month by month, the tally as it stood at each month's end, replayed from the events. Runs
 * from January of the year to December, or later while the year's dossiers still moved,
 * never past `now`.
 */
export function progressTimeline(
  organizations: OrganizationRow[],
  events: StageEvent[],
  options: { year: number; newOrganizationMonths: number; now: Date },
): TimelinePoint[] {
  let lastMonth = 12
  for (const e of events) {
    const at = toDate(e.at)!
    const vn = vietnamDateParts(at)
    const index = (vn.year - options.year) * 12 + vn.month
    if (index > lastMonth) lastMonth = Math.min(index, TIMELINE_MAX_MONTHS)
  }
  const points: TimelinePoint[] = []
  for (let i = 1; i <= lastMonth; i++) {
    const year = options.year + Math.floor((i - 1) / 12)
    const month = ((i - 1) % 12) + 1
    if (startOfMonth(year, month) > options.now) break
    const end = endOfMonth(year, month)
    const asOf = end < options.now ? end : options.now
    const { tally } = tallyAsOf(organizations, events, {
      year: options.year,
      newOrganizationMonths: options.newOrganizationMonths,
      asOf,
    })
    points.push({
      month: `${year}-${String(month).padStart(2, '0')}`,
      label: `${month}/${year}`,
      asOf: asOf.toISOString(),
      tally,
    })
  }
  return points
}

/** A share of the total, in whole percent, for charts and tables ("43%"). */
export function percentOf(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 100) : 0
}

/** Tallies of organisations by a property (kind, sector) as the staff dashboard filters them. */
export function tallyBy<K extends string>(
  organizations: (OrganizationRow & Partial<Record<string, unknown>>)[],
  states: Map<string, ProgressState>,
  key: (org: OrganizationRow & Partial<Record<string, unknown>>) => K | undefined,
): Map<K, Tally> {
  const out = new Map<K, Tally>()
  for (const org of organizations) {
    const state = states.get(org.id)
    const k = key(org)
    if (!state || k === undefined) continue
    let t = out.get(k)
    if (!t) out.set(k, (t = emptyTally()))
    t[state]++
    t.total++
    if (state !== 'new') t.required++
  }
  return out
}

// Member commitments (phiếu cam kết, khắc phục): one per member per year.

export type CommitmentResult = 'remedied' | 'partly' | 'not-remedied'

export type CommitmentTally = {
  members: number
  filed: number
  notFiled: number
  remedied: number
  partly: number
  notRemedied: number
  /** Filed, but the year-end result is not written yet. */
  pending: number
}

export const COMMITMENT_LABELS: Record<Exclude<keyof CommitmentTally, 'members' | 'filed'>, string> = {
  remedied: 'Đã khắc phục',
  partly: 'Khắc phục một phần',
  notRemedied: 'Chưa khắc phục',
  pending: 'Chưa có kết quả cuối năm',
  notFiled: 'Chưa có phiếu cam kết',
}

/**
 * Commitments of a year counted by result. Inputs are counts (a province has hundreds of
 * thousands of members: the database counts, this function only reconciles): members in
 * scope, and commitments per year-end result (`none` for not yet evaluated).
 */
export function tallyCommitments(input: {
  members: number
  byResult: Partial<Record<CommitmentResult | 'none', number>>
}): CommitmentTally {
  const remedied = input.byResult.remedied ?? 0
  const partly = input.byResult.partly ?? 0
  const notRemedied = input.byResult['not-remedied'] ?? 0
  const pending = input.byResult.none ?? 0
  const filed = remedied + partly + notRemedied + pending
  // A member moved or removed after filing still has a commitment: members never drops below filed.
  const members = Math.max(input.members, filed)
  return { members, filed, notFiled: members - filed, remedied, partly, notRemedied, pending }
}

/**
 * "120/150 đảng viên có phiếu cam kết, khắc phục năm 2022; 80 đã khắc phục, …". `shown` gives
 * the words for counts written differently (the public site hides counts of one or two members).
 */
export function describeCommitments(
  t: CommitmentTally,
  year: number,
  shown: Partial<Record<keyof CommitmentTally, string>> = {},
): string {
  if (t.members === 0) return `Chưa có đảng viên nào trong phạm vi này.`
  const n = (k: keyof CommitmentTally) => shown[k] ?? String(t[k])
  const parts = [`${n('filed')}/${n('members')} đảng viên có phiếu cam kết, khắc phục năm ${year}`]
  const results: string[] = []
  if (t.remedied) results.push(`${n('remedied')} đã khắc phục`)
  if (t.partly) results.push(`${n('partly')} khắc phục một phần`)
  if (t.notRemedied) results.push(`${n('notRemedied')} chưa khắc phục`)
  if (t.pending) results.push(`${n('pending')} chưa có kết quả cuối năm`)
  return results.length ? `${parts[0]}; trong đó ${results.join(', ')}` : parts[0]
}
