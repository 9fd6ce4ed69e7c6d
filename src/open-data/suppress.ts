/**
 * Small counts of members are not published: a count of 1 or 2 members in a published figure
 * could point at a person. Such counts are written "<3" (and "dưới 3" in sentences); 0 and
 * counts of 3 or more are shown as they are. Counts of organisations are not affected.
 */
export const MIN_PUBLISHED_MEMBERS = 3
export const SUPPRESSED = '<3'

export type PublishedCount = number | typeof SUPPRESSED

export function memberCount(n: number): PublishedCount {
  return n > 0 && n < MIN_PUBLISHED_MEMBERS ? SUPPRESSED : n
}

/** The same rule for a number inside a Vietnamese sentence. */
export function memberCountWords(n: number): string {
  return n > 0 && n < MIN_PUBLISHED_MEMBERS ? `dưới ${MIN_PUBLISHED_MEMBERS}` : String(n)
}
