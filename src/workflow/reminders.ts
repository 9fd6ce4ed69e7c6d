import { GRASSROOTS_KINDS } from '@/organizations'
import { vietnamDay } from '@/vietnamese'
import type { Id } from './guards'
import type { Stage } from './stages'

/**
 * Deadline reminders: which grassroots organisations still owe this year's dossier.
 * Calendar dates are 'YYYY-MM-DD' strings in Vietnam's time zone, so no server clock zone
 * can shift a deadline by a day.
 */
export type DeadlineSettings = {
  deadlineDay: number
  deadlineMonth: number
  /** Start reminding this many days before the deadline; keep reminding while overdue. */
  reminderDaysBefore: number
  /** Organisations established fewer months than this before the deadline are not yet required. */
  newOrganizationMonths: number
}

export type OrganizationRow = {
  id: Id
  name: string
  kind?: string | null
  establishedAt?: string | null
  dissolvedAt?: string | null
}

export type DossierRow = { organization: Id; year: number; stage: Stage }

/** Once a dossier has left the organisation's hands, nothing more is owed. */
const HANDED_IN: Stage[] = ['submitted', 'recommended', 'approved']

const pad = (n: number) => String(n).padStart(2, '0')

export function deadlineOf(year: number, s: Pick<DeadlineSettings, 'deadlineDay' | 'deadlineMonth'>): string {
  const lastDay = new Date(Date.UTC(year, s.deadlineMonth, 0)).getUTCDate()
  return `${year}-${pad(s.deadlineMonth)}-${pad(Math.min(s.deadlineDay, lastDay))}`
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return target.toISOString().slice(0, 10)
}

export type ReminderPhase = 'too-early' | 'due-soon' | 'overdue'

export function reminderPhase(today: string, year: number, s: DeadlineSettings): ReminderPhase {
  const deadline = deadlineOf(year, s)
  if (today > deadline) return 'overdue'
  if (today >= addDays(deadline, -s.reminderDaysBefore)) return 'due-soon'
  return 'too-early'
}

/** Established after the cut-off, so exempt from this year's dossier. */
export function isNewlyEstablished(org: OrganizationRow, year: number, s: DeadlineSettings): boolean {
  if (!org.establishedAt) return false
  const cutOff = addMonths(deadlineOf(year, s), -s.newOrganizationMonths)
  return vietnamDay(org.establishedAt) > cutOff
}

export type Reminder = { organization: OrganizationRow; stage: Stage | null }

export function organizationsToRemind(input: {
  organizations: OrganizationRow[]
  dossiers: DossierRow[]
  year: number
  settings: DeadlineSettings
}): Reminder[] {
  const deadline = deadlineOf(input.year, input.settings)
  const stageOf = new Map<string, Stage>()
  for (const d of input.dossiers) if (d.year === input.year) stageOf.set(String(d.organization), d.stage)
  return input.organizations
    .filter((o) => GRASSROOTS_KINDS.includes(String(o.kind)))
    .filter((o) => !o.dissolvedAt || vietnamDay(o.dissolvedAt) > deadline)
    .filter((o) => !isNewlyEstablished(o, input.year, input.settings))
    .map((o) => ({ organization: o, stage: stageOf.get(String(o.id)) ?? null }))
    .filter((r) => !r.stage || !HANDED_IN.includes(r.stage))
}
