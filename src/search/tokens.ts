import { foldDiacritics } from '@/vietnamese'

/**
 * Words are stored folded and wrapped in a mark ("~krong~no~de~an~05~"), so that a whole
 * word ("~de~") or a word start ("~05") is a plain substring test, in memory or as a
 * `contains` query. The mark is neither a LIKE wildcard nor whitespace, which some
 * adapters split queries on.
 */
export const WORD_MARK = '~'

const WORD = /[a-z0-9]+/g

/** Folded words of a text, in order: "Ðề án 05" → ["de", "an", "05"]. */
export function foldedWords(text: string | null | undefined): string[] {
  if (!text) return []
  return foldDiacritics(text).match(WORD) ?? []
}

/** Each distinct folded word once, marked: the searchable form of a text. */
export function wordField(...texts: Array<string | null | undefined>): string {
  const seen = new Set<string>()
  for (const text of texts) for (const word of foldedWords(text)) seen.add(word)
  return seen.size ? WORD_MARK + [...seen].join(WORD_MARK) + WORD_MARK : ''
}

export const MAX_QUERY_WORDS = 8
const MAX_WORD_LENGTH = 40

/** The words a reader typed, folded, each once, at most eight. */
export function queryWords(query: string | null | undefined): string[] {
  const words: string[] = []
  for (const word of foldedWords(query)) {
    const w = word.slice(0, MAX_WORD_LENGTH)
    if (!words.includes(w)) words.push(w)
    if (words.length === MAX_QUERY_WORDS) break
  }
  return words
}
