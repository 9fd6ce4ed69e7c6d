/**
 * Progress tallies (DESIGN.md §4) as pure functions over plain rows: for a year, every
 * grassroots organisation is in exactly one state.
 */
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

export type StageEvent = { dossier: string; toStage: DossierStage; at: string | Date }

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

export function stateOf(org: OrganizationRow, stage: DossierStage | undefined, asOf: Date, newMonths: number): ProgressState {
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
      if (established && established > newCutoff(asOf, newMonths)) return 'new'
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
  const asOf = options.asOf ?? endOfYear(options.year)
  const stageByOrg = new Map<string, DossierStage>()
  for (const d of dossiers) if (d.year === options.year) stageByOrg.set(d.organization, d.stage)
  const tally = emptyTally()
  const states = new Map<string, ProgressState>()
  for (const org of organizations) {
    if (!existsAt(org, asOf)) continue
    const state = stateOf(org, stageByOrg.get(org.id), asOf, options.newOrganizationMonths)
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
