/**
 * The audit trail's pure rules: which action a change is, which fields it touched, and how
 * long rows are kept. No Payload import, so they are read and tested without a database.
 */

export const AUDIT_ACTIONS = [
  { value: 'login', label: 'Đăng nhập' },
  { value: 'login-failed', label: 'Đăng nhập không thành công' },
  { value: 'logout', label: 'Đăng xuất' },
  { value: 'create', label: 'Tạo mới' },
  { value: 'update', label: 'Sửa' },
  { value: 'delete', label: 'Xóa' },
  { value: 'publish', label: 'Công bố' },
  { value: 'unpublish', label: 'Thôi công bố' },
  { value: 'transition', label: 'Chuyển bước hồ sơ' },
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]['value']

export function auditActionLabel(action: string): string {
  return AUDIT_ACTIONS.find((a) => a.value === action)?.label ?? action
}

type Doc = Record<string, unknown>

/** Bookkeeping that changes on every save or that no one edits: never reported as a change. */
const NOT_FIELDS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'hash',
  'salt',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verified',
  '_verificationToken',
  'collection',
  '_strategy',
])

/** A populated relationship and its id compare equal: only what is stored counts. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable)
  if (value && typeof value === 'object') {
    const o = value as Doc
    if ('id' in o && (typeof o.id === 'string' || typeof o.id === 'number') && ('createdAt' in o || 'updatedAt' in o))
      return String(o.id)
    if ('relationTo' in o && 'value' in o) return { relationTo: o.relationTo, value: comparable(o.value) }
    const out: Doc = {}
    for (const k of Object.keys(o).sort()) if (k !== 'id' || typeof o.id !== 'string') out[k] = comparable(o[k])
    return out
  }
  if (value === undefined || value === '') return null
  return value
}

/** A join field's answer (`{ docs, hasNextPage }`) is read from other records, not stored here. */
function isJoin(value: unknown): boolean {
  return Boolean(
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Array.isArray((value as Doc).docs) &&
    'hasNextPage' in (value as Doc),
  )
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
}

/**
 * The names of the top-level fields a save changed (for a create: those it filled in). Only
 * names: the values of restricted records never reach the log.
 */
export function changedFieldNames(
  before: Doc | null | undefined,
  after: Doc | null | undefined,
  data?: Doc | null,
): string[] {
  const names = new Set<string>()
  const a = after ?? {}
  if (!before) {
    for (const [k, v] of Object.entries(a)) if (!NOT_FIELDS.has(k) && !isEmpty(v) && !isJoin(v)) names.add(k)
  } else {
    for (const k of new Set([...Object.keys(before), ...Object.keys(a)])) {
      if (NOT_FIELDS.has(k) || isJoin(before[k]) || isJoin(a[k])) continue
      if (JSON.stringify(comparable(before[k])) !== JSON.stringify(comparable(a[k]))) names.add(k)
    }
  }
  // A new password is never part of the saved document; its presence in the request is the change.
  if (data && typeof data.password === 'string' && data.password) names.add('password')
  return [...names].sort()
}

/**
 * Whether a record is out for the public: published (drafts), public (documents' visibility),
 * or marked published (tallies). `undefined` for collections that have no such notion.
 */
export function publicState(doc: Doc | null | undefined): boolean | undefined {
  if (!doc) return undefined
  let known = false
  let isPublic = true
  if (typeof doc._status === 'string') {
    known = true
    isPublic &&= doc._status === 'published'
  }
  if (typeof doc.visibility === 'string') {
    known = true
    isPublic &&= doc.visibility === 'public'
  }
  if (typeof doc.published === 'boolean') {
    known = true
    isPublic &&= doc.published
  }
  return known ? isPublic : undefined
}

/** A workflow step outranks publishing, which outranks a plain create or update. */
export function changeAction(input: {
  operation: 'create' | 'update'
  wasPublic: boolean | undefined
  isPublic: boolean | undefined
  workflowStep?: string
}): AuditAction {
  if (input.workflowStep) return 'transition'
  const was = input.operation === 'create' ? false : input.wasPublic
  if (input.isPublic === true && was === false) return 'publish'
  if (input.isPublic === false && was === true) return 'unpublish'
  return input.operation
}

export const DEFAULT_RETENTION_MONTHS = 12

/** AUDIT_RETENTION_MONTHS: whole months, at least 12 (a lower or unreadable value keeps 12). */
export function auditRetentionMonths(value: string | undefined = process.env.AUDIT_RETENTION_MONTHS): number {
  const n = Number(value)
  if (!value || !Number.isFinite(n)) return DEFAULT_RETENTION_MONTHS
  return Math.max(DEFAULT_RETENTION_MONTHS, Math.floor(n))
}

/** Rows from before this instant are past the retention period. */
export function auditCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now.getTime())
  const day = cutoff.getUTCDate()
  cutoff.setUTCDate(1)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate()
  cutoff.setUTCDate(Math.min(day, lastDay))
  return cutoff
}
