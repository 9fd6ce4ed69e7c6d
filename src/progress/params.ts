/**
 * Reading the query string of progress pages and endpoints. Each reader returns a value or a
 * Vietnamese message saying what was wrong; none throws.
 */
import { GRASSROOTS_KINDS } from '@/organizations'
import { periodOfDays, type Period } from './inspections'
import { defaultYear } from '@/workflow/years'

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
const bad = <T>(message: string): Parsed<T> => ({ ok: false, message })

export const MIN_YEAR = 2000
export const MAX_YEAR = 2100

export function parseYear(raw: string | null | undefined, fallback?: number): Parsed<number> {
  if (raw == null || raw === '') return fallback !== undefined ? ok(fallback) : bad('Cần chọn năm (ví dụ năm=2022).')
  if (!/^\d{4}$/.test(raw.trim())) return bad(`Năm “${raw.slice(0, 20)}” không hợp lệ: cần 4 chữ số, ví dụ 2022.`)
  const year = Number(raw)
  if (year < MIN_YEAR || year > MAX_YEAR) return bad(`Năm phải trong khoảng ${MIN_YEAR}–${MAX_YEAR}.`)
  return ok(year)
}

/**
 * The year a public progress page shows for `?nam=`: the picker's opening year when absent,
 * `null` for any year without figures (a page that does not exist).
 */
export function pageYear(years: number[], raw: string | string[] | undefined): number | undefined | null {
  if (raw === undefined) return defaultYear(years)
  const parsed = parseYear(typeof raw === 'string' ? raw : undefined)
  return parsed.ok && years.includes(parsed.value) ? parsed.value : null
}

/** A calendar day 'YYYY-MM-DD' in Vietnam, as the end of that day (the figures "as of" it). */
export function parseAsOf(raw: string | null | undefined): Parsed<Date | undefined> {
  if (raw == null || raw === '') return ok(undefined)
  const period = periodOfDays(raw.trim(), raw.trim())
  if (!period) return bad(`Ngày “${raw.slice(0, 20)}” không hợp lệ: cần dạng năm-tháng-ngày, ví dụ 2022-11-03.`)
  return ok(period.to)
}

export function parsePeriod(from: string | null | undefined, to: string | null | undefined): Parsed<Period> {
  if (!from || !to) return bad('Cần chọn kỳ số liệu: từ ngày (from) và đến ngày (to), dạng 2018-01-01.')
  const period = periodOfDays(from.trim(), to.trim())
  if (!period)
    return bad('Kỳ số liệu không hợp lệ: ngày cần dạng năm-tháng-ngày và “từ ngày” không được sau “đến ngày”.')
  return ok(period)
}

export function parseFormat(raw: string | null | undefined): Parsed<'csv' | 'xlsx'> {
  const v = (raw ?? 'xlsx').toLowerCase()
  if (v === 'csv' || v === 'xlsx') return ok(v)
  return bad(`Định dạng “${String(raw).slice(0, 20)}” không hỗ trợ: chọn csv hoặc xlsx.`)
}

/** Grassroots kinds to keep ('' or absent: both). */
export function parseKind(raw: string | null | undefined): Parsed<string[] | undefined> {
  if (!raw) return ok(undefined)
  if (GRASSROOTS_KINDS.includes(raw)) return ok([raw])
  return bad(
    'Loại tổ chức không hợp lệ: chọn grassroots-committee (đảng bộ cơ sở) hoặc grassroots-cell (chi bộ cơ sở).',
  )
}

/** An id as the adapters write them (uuid on SQLite, ObjectId on MongoDB). */
export function parseId(raw: string | null | undefined): Parsed<string | undefined> {
  if (!raw) return ok(undefined)
  if (/^[A-Za-z0-9-]{1,64}$/.test(raw)) return ok(raw)
  return bad('Mã tổ chức không hợp lệ.')
}
