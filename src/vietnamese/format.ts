import { vietnamInstant } from './time'

export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function parts(value: string | Date): Record<string, string> {
  const date = typeof value === 'string' ? new Date(value) : value
  const out: Record<string, string> = {}
  for (const p of dateTimeParts.formatToParts(date)) out[p.type] = p.value
  return out
}

/** "03/11/2022 09:09" in Vietnam's time zone, whatever the server's zone. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return ''
  const p = parts(value)
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}

/** "03/11/2022" in Vietnam's time zone. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  const p = parts(value)
  return `${p.day}/${p.month}/${p.year}`
}

/** Parses "03/11/2022 09:09" given in Vietnam's time zone (UTC+7, no daylight saving). */
export function parseVietnamDateTime(text: string): Date {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})(?:\s+(\d{2}):(\d{2}))?$/.exec(text.trim())
  if (!m) throw new Error(`Không đọc được thời điểm "${text}" (cần dạng dd/MM/yyyy HH:mm)`)
  const [, d, mo, y, h = '00', mi = '00'] = m
  return vietnamInstant(+y, +mo, +d, +h, +mi)
}

const numberFormat = new Intl.NumberFormat('vi-VN')
export function formatNumber(n: number): string {
  return numberFormat.format(n)
}
