/**
 * What an indicator (or group) code looks like, for the collection, the catalogue import and
 * the indicator pages alike: Latin capitals and digits in parts joined by dots or hyphens
 * (TT-01, 2.3), at most MAX_INDICATOR_CODE characters. Pure: the middleware reads it too.
 */
export const INDICATOR_CODE = /^[A-Z0-9]+(?:[.-][A-Z0-9]+)*$/
export const MAX_INDICATOR_CODE = 32

export const normalizeCode = (code: string): string => code.trim().toUpperCase()

/** An indicator code as its page reads it, case-insensitive ("tt-01" is TT-01), or null. */
export function indicatorCodeOf(raw: string): string | null {
  const code = normalizeCode(raw)
  return INDICATOR_CODE.test(code) && code.length <= MAX_INDICATOR_CODE ? code : null
}
