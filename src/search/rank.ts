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
  time?: number // the date as milliseconds, when already known
}

/** "tt-01" → "tt01": a code compared with what was typed, whatever the separators. */
export const compactCode = (s: string) => s.replace(/[^a-z0-9]+/g, '')

export const SCORE = { phrase: 6, phraseStart: 4, word: 3, wordStart: 1.5, code: 20 } as const

/**
 * A relevance scorer for one query. Every candidate already contains all query words
 * somewhere; what raises it is where: the whole phrase in the title, each word in the
 * title (the last word, perhaps unfinished, counts less when it only starts a title
 * word), a code or number typed exactly. WordIndex.search ranks the same way, faster.
 */
export function scorer(words: string[]): (entry: RankInput) => number {
  const phrase = WORD_MARK + words.join(WORD_MARK)
  const phraseWhole = phrase + WORD_MARK
  const whole = words.map((w) => WORD_MARK + w + WORD_MARK)
  const lastStart = WORD_MARK + words[words.length - 1]
  const code = words.join('')
  return (entry) => {
    if (words.length === 0) return 0
    const title = entry.titleWords
    let score = title.includes(phraseWhole) ? SCORE.phrase : title.includes(phrase) ? SCORE.phraseStart : 0
    for (let i = 0; i < words.length; i++) {
      if (title.includes(whole[i])) score += SCORE.word
      else if (i === words.length - 1 && title.includes(lastStart)) score += SCORE.wordStart
    }
    if (entry.code && compactCode(entry.code) === code) score += SCORE.code
    return score
  }
}

export function scoreEntry(entry: RankInput, words: string[]): number {
  return scorer(words)(entry)
}

const timeOf = (e: RankInput) => e.time ?? (e.date ? Date.parse(e.date) : 0)

/**
 * Highest score first; among equals, the newest, then a stable order by id. Entries that
 * arrive newest-first (as the word index returns them) keep that order within a score.
 */
export function rankEntries<T extends RankInput>(entries: T[], words: string[]): T[] {
  const score = scorer(words)
  const buckets = new Map<number, T[]>()
  for (const e of entries) {
    const s = score(e)
    const bucket = buckets.get(s)
    if (bucket) bucket.push(e)
    else buckets.set(s, [e])
  }
  const byTime = (a: T, b: T) => timeOf(b) - timeOf(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const out: T[] = []
  for (const s of [...buckets.keys()].sort((a, b) => b - a)) {
    const bucket = buckets.get(s)!
    if (!isNewestFirst(bucket)) bucket.sort(byTime)
    for (const e of bucket) out.push(e)
  }
  return out
}

function isNewestFirst(list: RankInput[]): boolean {
  for (let i = 1; i < list.length; i++) {
    const a = timeOf(list[i - 1])
    const b = timeOf(list[i])
    if (a < b || (a === b && list[i - 1].id > list[i].id)) return false
  }
  return true
}
