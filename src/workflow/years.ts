/**
 * The years a dossier may be for: from the year the programme started in the district (a
 * setting) to next year (plans are drawn up ahead). Anything else is a typing mistake, and one
 * such dossier must not push the real years out of the pickers.
 */
export const DEFAULT_PROGRAMME_START_YEAR = 2018

export type YearRange = { from: number; to: number }

/** The calendar year in Vietnam (UTC+7, no daylight saving) at `now`. */
export function vietnamYear(now: Date = new Date()): number {
  return new Date(now.getTime() + 7 * 3600 * 1000).getUTCFullYear()
}

export function programmeYears(startYear: number | null | undefined, now: Date = new Date()): YearRange {
  const to = vietnamYear(now) + 1
  const from = Number.isInteger(startYear) ? Math.min(Number(startYear), to) : DEFAULT_PROGRAMME_START_YEAR
  return { from, to }
}

export function yearProblem(year: unknown, range: YearRange): string | null {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < range.from || year > range.to) {
    return `Năm của hồ sơ phải từ ${range.from} (năm bắt đầu thực hiện Đề án) đến ${range.to}.`
  }
  return null
}

/** Years of `range` that have data (by `hasData`), newest first. */
export function yearsWithData(range: YearRange, hasData: (year: number) => boolean): number[] {
  const years: number[] = []
  for (let y = range.to; y >= range.from; y--) if (hasData(y)) years.push(y)
  return years
}

/** The year a picker opens on: the newest with data that has begun, else the newest at all. */
export function defaultYear(years: readonly number[], now: Date = new Date()): number | undefined {
  return years.find((y) => y <= vietnamYear(now)) ?? years[0]
}
