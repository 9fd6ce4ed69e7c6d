import { WORD_MARK } from './tokens'

export const SEARCH_KINDS = ['article', 'document', 'indicator'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** What ranking needs to know of an index entry. */
export type RankInput = {
  id: string
  kind: SearchKind
  titleWords: string // the title's word field ("~krong~no~…~")
  code?: string | null // folded document number or indicator code, e.g. "tt-01"
  date?: string | null
}

/**
 * A relevance score for one entry. Every candidate already contains all query words
 * somewhere; what raises it is where: the whole phrase in the title, each word in the
 * title (a whole word counts more than a word start), a code or number typed exactly.
 */
export function scoreEntry(entry: RankInput, words: string[]): number {
  if (words.length === 0) return 0
  let score = 0
  const title = entry.titleWords
  const phrase = WORD_MARK + words.join(WORD_MARK)
  if (title.includes(phrase + WORD_MARK)) score += 6
  else if (title.includes(phrase)) score += 4
  for (const w of words) {
    if (title.includes(WORD_MARK + w + WORD_MARK)) score += 3
    else if (title.includes(WORD_MARK + w)) score += 1.5
  }
  if (entry.code && entry.code.replace(/[^a-z0-9]+/g, '') === words.join('')) score += 20
  return score
}

/** Highest score first; among equals, the newest, then a stable order by id. */
export function rankEntries<T extends RankInput>(entries: T[], words: string[]): T[] {
  const scored = entries.map((e) => ({ e, s: scoreEntry(e, words), t: e.date ? Date.parse(e.date) : 0 }))
  scored.sort((a, b) => b.s - a.s || b.t - a.t || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0))
  return scored.map((x) => x.e)
}
