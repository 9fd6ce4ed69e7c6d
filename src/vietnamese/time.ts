/** Vietnam keeps UTC+7 all year (no daylight saving), so its calendar is plain arithmetic. */
export const VIETNAM_UTC_OFFSET_MS = 7 * 3600_000

/** The instant moved by +7 h, so that its UTC fields read as the wall clock in Vietnam. */
function vietnamClock(instant: Date | string): Date {
  const t = typeof instant === 'string' ? new Date(instant) : instant
  return new Date(t.getTime() + VIETNAM_UTC_OFFSET_MS)
}

/** The calendar day of an instant in Vietnam, as "YYYY-MM-DD". */
export function vietnamDay(instant: Date | string): string {
  return vietnamClock(instant).toISOString().slice(0, 10)
}

/** Year, month (1–12) and day of an instant in Vietnam. */
export function vietnamDateParts(instant: Date | string): { year: number; month: number; day: number } {
  const v = vietnamClock(instant)
  return { year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() }
}

/** The calendar year in Vietnam of an instant. */
export function vietnamYear(instant: Date | string): number {
  return vietnamClock(instant).getUTCFullYear()
}

/** The instant of Vietnam's local time year-month-day hour:minute (month 1–12). */
export function vietnamInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - VIETNAM_UTC_OFFSET_MS)
}

/** [start, end) of a Vietnamese calendar year as ISO instants, for date range filters. */
export function vietnamYearRange(year: number): [string, string] {
  return [vietnamInstant(year, 1, 1).toISOString(), vietnamInstant(year + 1, 1, 1).toISOString()]
}
