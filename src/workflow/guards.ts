import { relationId } from '@/fields/relationships'
/**
 * What must be true of a dossier's content before it moves on. Plain data in, problems out:
 * the same checks explain a refused transition on the server and a disabled button in the admin.
 */
export type Id = string | number

/** A relationship as Payload returns it: an id, or the related document when populated. */
export type Ref = Id | { id: Id } | null | undefined

export type DossierContent = {
  identified?: { indicator?: Ref }[] | null
  planItems?: { code?: string | null; indicators?: Ref[] | null }[] | null
  shortcomings?: { text?: string | null; source?: string | null; indicators?: Ref[] | null }[] | null
  /** Kinds of the files attached to the dossier. */
  attachmentKinds?: string[] | null
}

export type Problem = { code: string; message: string; indicators?: Id[]; rows?: number[] }

/** How an indicator is named to the user (its code, e.g. "TT-01"); ids are meaningless to them. */
export type IndicatorLabel = (id: Id) => string

const asLabel = (id: Id) => String(id)

export const idOf = (ref: Ref): Id | undefined => relationId(ref)

function ids(refs: Ref[] | null | undefined): Id[] {
  return rowsOf(refs)
    .map(idOf)
    .filter((v): v is Id => v !== undefined)
}

const key = (id: Id) => String(id)

/**
 * The rows of an array field. A form being filled holds an empty array field as its row
 * count (0), not as [], so anything but an array counts as no rows.
 */
function rowsOf<T>(value: readonly T[] | null | undefined): readonly T[] {
  return Array.isArray(value) ? value : []
}

export function identifiedIndicators(d: DossierContent): Id[] {
  const seen = new Map<string, Id>()
  for (const row of rowsOf(d.identified)) {
    const id = idOf(row.indicator)
    if (id !== undefined && !seen.has(key(id))) seen.set(key(id), id)
  }
  return [...seen.values()]
}

/** Every indicator id the dossier mentions anywhere, for checking that they exist. */
export function referencedIndicators(d: DossierContent): Id[] {
  const all = new Map<string, Id>()
  const add = (id: Id | undefined) => id !== undefined && all.set(key(id), id)
  for (const row of rowsOf(d.identified)) add(idOf(row.indicator))
  for (const row of rowsOf(d.planItems)) ids(row.indicators).forEach(add)
  for (const row of rowsOf(d.shortcomings)) ids(row.indicators).forEach(add)
  return [...all.values()]
}

const list = (items: Id[], label: IndicatorLabel) => items.map(label).join(', ')

/** Identified indicators that no remedy measure addresses. */
export function uncoveredIndicators(d: DossierContent): Id[] {
  const covered = new Set(rowsOf(d.planItems).flatMap((p) => ids(p.indicators).map(key)))
  return identifiedIndicators(d).filter((id) => !covered.has(key(id)))
}

/** The submit / resubmit guard: the dossier is complete enough to be reviewed. */
export function completenessProblems(
  d: DossierContent,
  opts: { requiredAttachmentKinds?: string[]; attachmentLabel?: (kind: string) => string; label?: IndicatorLabel } = {},
): Problem[] {
  const label = opts.label ?? asLabel
  const problems: Problem[] = []
  const identified = identifiedIndicators(d)
  if (identified.length === 0) {
    problems.push({ code: 'nothing-identified', message: 'Chưa nhận diện biểu hiện nào (mục 1).' })
  }
  const uncovered = uncoveredIndicators(d)
  if (uncovered.length > 0) {
    problems.push({
      code: 'indicator-without-plan',
      message: `Biểu hiện chưa có biện pháp khắc phục (mục 2): ${list(uncovered, label)}.`,
      indicators: uncovered,
    })
  }
  const identifiedKeys = new Set(identified.map(key))
  const stray: Id[] = []
  const strayRows: number[] = []
  rowsOf(d.planItems).forEach((p, i) => {
    const outside = ids(p.indicators).filter((id) => !identifiedKeys.has(key(id)))
    if (outside.length) {
      stray.push(...outside)
      strayRows.push(i + 1)
    }
  })
  if (stray.length > 0) {
    problems.push({
      code: 'plan-for-unidentified',
      message: `Biện pháp số ${strayRows.join(', ')} gắn với biểu hiện chưa được nhận diện ở mục 1: ${list(stray, label)}.`,
      indicators: stray,
      rows: strayRows,
    })
  }
  const empty = rowsOf(d.planItems)
    .map((p, i) => (ids(p.indicators).length === 0 ? i + 1 : 0))
    .filter(Boolean)
  if (empty.length > 0) {
    problems.push({
      code: 'plan-without-indicator',
      message: `Biện pháp số ${empty.join(', ')} chưa gắn với biểu hiện nào.`,
      rows: empty,
    })
  }
  const present = new Set(rowsOf(d.attachmentKinds))
  const missing = (opts.requiredAttachmentKinds ?? []).filter((k) => !present.has(k))
  if (missing.length > 0) {
    const name = opts.attachmentLabel ?? ((k: string) => k)
    problems.push({ code: 'missing-attachment', message: `Thiếu tài liệu đính kèm: ${missing.map(name).join(', ')}.` })
  }
  return problems
}

export type ShortcomingCheck = {
  row: number
  text: string
  source: string
  /** 'unmapped': no indicator chosen; 'not-identified': mapped to indicators the dossier did not identify. */
  reason: 'unmapped' | 'not-identified'
  indicators: Id[]
}

/** Shortcomings of the year-end conclusion forms that the dossier does not yet answer for. */
export function uncoveredShortcomings(d: DossierContent): ShortcomingCheck[] {
  const identified = new Set(identifiedIndicators(d).map(key))
  const out: ShortcomingCheck[] = []
  rowsOf(d.shortcomings).forEach((s, i) => {
    const mapped = ids(s.indicators)
    const base = { row: i + 1, text: String(s.text ?? ''), source: String(s.source ?? '') }
    if (mapped.length === 0) out.push({ ...base, reason: 'unmapped', indicators: [] })
    else {
      const outside = mapped.filter((id) => !identified.has(key(id)))
      if (outside.length) out.push({ ...base, reason: 'not-identified', indicators: outside })
    }
  })
  return out
}

/** The recommend guard: the cross-check the Propaganda Board does against the conclusion forms. */
export function crossCheckProblems(d: DossierContent, opts: { label?: IndicatorLabel } = {}): Problem[] {
  const label = opts.label ?? asLabel
  return uncoveredShortcomings(d).map((s) => ({
    code: s.reason === 'unmapped' ? 'shortcoming-unmapped' : 'shortcoming-not-identified',
    message:
      s.reason === 'unmapped'
        ? `Thiếu sót số ${s.row} trong phiếu kết luận chưa được đối chiếu với biểu hiện nào: “${s.text}”.`
        : `Thiếu sót số ${s.row} trong phiếu kết luận ứng với biểu hiện chưa được nhận diện: ${list(s.indicators, label)}.`,
    indicators: s.indicators,
    rows: [s.row],
  }))
}

/** Plan item codes ("BP-1", "BP-2"…) are given once and never reused, so evaluations keep pointing at the right measure. */
export function assignPlanCodes<T extends { code?: string | null }>(items: T[]): T[] {
  let max = 0
  for (const item of items) {
    const m = /^BP-(\d+)$/.exec(item.code ?? '')
    if (m) max = Math.max(max, Number(m[1]))
  }
  const used = new Set<string>()
  return items.map((item) => {
    if (item.code && /^BP-\d+$/.test(item.code) && !used.has(item.code)) {
      used.add(item.code)
      return item
    }
    max += 1
    const code = `BP-${max}`
    used.add(code)
    return { ...item, code }
  })
}

/** Year-end evaluations must name a measure of this dossier's plan, at most once each. */
export function evaluationProblems(
  planItems: { code?: string | null }[] | null | undefined,
  evaluations: { measure?: string | null }[] | null | undefined,
): Problem[] {
  const codes = new Set(
    rowsOf(planItems)
      .map((p) => p.code)
      .filter(Boolean) as string[],
  )
  const problems: Problem[] = []
  const seen = new Set<string>()
  rowsOf(evaluations).forEach((e, i) => {
    const code = (e.measure ?? '').trim()
    if (!codes.has(code)) {
      problems.push({
        code: 'evaluation-unknown-measure',
        message: `Dòng đánh giá số ${i + 1}: không có biện pháp “${code}” trong kế hoạch khắc phục.`,
        rows: [i + 1],
      })
    } else if (seen.has(code)) {
      problems.push({
        code: 'evaluation-duplicate',
        message: `Biện pháp ${code} được đánh giá hai lần.`,
        rows: [i + 1],
      })
    }
    seen.add(code)
  })
  return problems
}

/** What a reviewer judged: everything the organisation fills in, not the workflow's own fields. */
const NOT_CONTENT = new Set([
  'id',
  'stage',
  'review',
  'title',
  'organizationName',
  'createdAt',
  'updatedAt',
  'history',
  'attachments',
  'workflow',
  'crossCheck',
  '_status',
])

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(value).sort()) out[k] = canonical((value as Record<string, unknown>)[k])
    return out
  }
  return value ?? null
}

/**
 * The dossier's content as one string, to tell whether anything changed between a return and
 * the resubmission. `attachments` are the ids of the files attached to it.
 */
export function contentFingerprint(dossier: Record<string, unknown>, attachments: readonly string[] = []): string {
  const content = Object.fromEntries(Object.entries(dossier).filter(([k]) => !NOT_CONTENT.has(k)))
  return JSON.stringify(canonical({ ...content, attachments: [...attachments].sort() }))
}
