/**
 * Small counts of members are not published: a count of 1 or 2 members in a published figure
 * could point at a person. Such counts are written "<3" ("dưới 3" in sentences). Where counts
 * add up to a total that is shown, one hidden part could be worked out from the others, so the
 * smallest other non-zero part is hidden as well, written "x" ("một số" in sentences).
 * 0 and the totals themselves are shown. Counts of organisations are not affected.
 */
import type { DisciplineForm, InspectionKind, InspectionTally, ViolationArea } from '@/progress/inspections'
import type { CommitmentTally } from '@/progress/tally'

export const MIN_PUBLISHED_MEMBERS = 3
export const SUPPRESSED = '<3'
export const COMPLEMENTARY = 'x'

export type PublishedCount = number | typeof SUPPRESSED | typeof COMPLEMENTARY

export function memberCount(n: number): PublishedCount {
  return n > 0 && n < MIN_PUBLISHED_MEMBERS ? SUPPRESSED : n
}

/** A published count inside a Vietnamese sentence. */
export function countWords(c: PublishedCount): string {
  return c === SUPPRESSED ? `dưới ${MIN_PUBLISHED_MEMBERS}` : c === COMPLEMENTARY ? 'một số' : String(c)
}

/**
 * The parts of a shown total: each small one hidden, and when a part of 1–2 is hidden, the
 * smallest other non-zero part too (unless a bigger part is hidden already), so that the
 * hidden parts are never the total less the shown ones.
 */
export function protectParts(parts: number[]): PublishedCount[] {
  const out: PublishedCount[] = parts.map(memberCount)
  if (!out.includes(SUPPRESSED) || out.includes(COMPLEMENTARY)) return out
  let smallest = -1
  out.forEach((c, i) => {
    if (typeof c === 'number' && c > 0 && (smallest < 0 || c < (out[smallest] as number))) smallest = i
  })
  if (smallest >= 0) out[smallest] = COMPLEMENTARY
  return out
}

const COMMITMENT_RESULTS = ['remedied', 'partly', 'notRemedied', 'pending'] as const

/** A commitment tally as the public reads it: members = filed + not filed, filed = the results. */
export function publicCommitmentCounts(t: CommitmentTally): Record<keyof CommitmentTally, PublishedCount> {
  const results = protectParts(COMMITMENT_RESULTS.map((k) => t[k]))
  const [filed, notFiled] = protectParts([t.filed, t.notFiled])
  const out = { members: t.members, filed, notFiled } as Record<keyof CommitmentTally, PublishedCount>
  COMMITMENT_RESULTS.forEach((k, i) => (out[k] = results[i]))
  return out
}

type Counts<K extends string> = Partial<Record<K, PublishedCount>>

/** The member counts of an inspection tally as the public reads them (organisation counts unchanged). */
export type PublicMemberCounts = {
  inspected: PublishedCount
  disciplined: PublishedCount
  degradation: PublishedCount
  byKind: Counts<InspectionKind>
  byForm: Counts<DisciplineForm>
  byArea: Counts<ViolationArea>
  degradationByArea: Counts<ViolationArea>
}

function protectRecord<K extends string>(record: Partial<Record<K, number>>): Counts<K> {
  const keys = (Object.keys(record) as K[]).filter((k) => (record[k] ?? 0) > 0)
  const shown = protectParts(keys.map((k) => record[k] ?? 0))
  const out: Counts<K> = {}
  keys.forEach((k, i) => (out[k] = shown[i]))
  return out
}

export function publicInspectionMembers(t: InspectionTally): PublicMemberCounts {
  const byKind: Partial<Record<InspectionKind, number>> = {}
  for (const [k, v] of Object.entries(t.inspected.byKind)) byKind[k as InspectionKind] = v?.members ?? 0
  return {
    inspected: memberCount(t.inspected.members),
    disciplined: memberCount(t.disciplined.members),
    degradation: memberCount(t.degradation.members),
    byKind: protectRecord(byKind),
    byForm: protectRecord(t.disciplined.byForm.member),
    byArea: protectRecord(t.disciplined.byArea.member),
    degradationByArea: protectRecord(t.degradation.byArea.member),
  }
}
