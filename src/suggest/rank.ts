import { BIGRAM_JOIN, syllables, termsWithPlaces } from './terms'
import type { Segment } from '@/search/highlight'

/** What the matcher reads of a catalogue indicator. */
export type CatalogueIndicator = {
  id: string
  code: string
  title: string
  explanation?: string | null
  examples?: string | null
  remedies?: string | null
  /** id of the base indicator, for a local specific one */
  parent?: string | null
}

/**
 * How much a word counts by where it is written: an indicator's name says what it is, its
 * explanation and examples how it shows, its remedies only hint at it. A base indicator also
 * reads its local variants' names and examples (a province's wording of the same thing), and
 * a local variant its base's name.
 */
export const FIELD_WEIGHTS = { title: 3, explanation: 1.5, examples: 1.5, remedies: 0.5, variant: 1, base: 1 } as const
/** A two-syllable word is worth more than its syllables apart. */
export const BIGRAM_BOOST = 1.5

// BM25 constants (Robertson & Zaragoza): term-frequency saturation and length normalisation.
const K1 = 1.2
const B = 0.5

type Doc = { indicator: CatalogueIndicator; tf: Map<string, number>; length: number }

export type SuggestionIndex = {
  /** whether two-syllable words are terms (on by default; off only to measure what they bring) */
  pairs: boolean
  docs: Doc[]
  df: Map<string, number>
  avgLength: number
}

export type Suggestion = {
  id: string
  code: string
  title: string
  score: number
  /** the matched words, as written in the sentence */
  matched: string[]
  /** the sentence cut into pieces, matched pieces marked */
  segments: Segment[]
}

function addText(tf: Map<string, number>, text: string | null | undefined, weight: number, pairs: boolean): number {
  let length = 0
  for (const { term } of text ? termsWithPlaces(text, pairs) : []) {
    const w = term.includes(BIGRAM_JOIN) ? weight * BIGRAM_BOOST : weight
    tf.set(term, (tf.get(term) ?? 0) + w)
    length += w
  }
  return length
}

/** The ranking's index over a catalogue: built once, in a few milliseconds for hundreds of indicators. */
export function buildSuggestionIndex(catalogue: CatalogueIndicator[], { pairs = true } = {}): SuggestionIndex {
  const byId = new Map(catalogue.map((i) => [i.id, i]))
  const variants = new Map<string, CatalogueIndicator[]>()
  for (const i of catalogue) {
    if (i.parent && byId.has(i.parent)) variants.set(i.parent, [...(variants.get(i.parent) ?? []), i])
  }
  const docs: Doc[] = catalogue.map((indicator) => {
    const tf = new Map<string, number>()
    let length = 0
    length += addText(tf, indicator.title, FIELD_WEIGHTS.title, pairs)
    length += addText(tf, indicator.explanation, FIELD_WEIGHTS.explanation, pairs)
    length += addText(tf, indicator.examples, FIELD_WEIGHTS.examples, pairs)
    length += addText(tf, indicator.remedies, FIELD_WEIGHTS.remedies, pairs)
    for (const v of variants.get(indicator.id) ?? []) {
      length += addText(tf, v.title, FIELD_WEIGHTS.variant, pairs)
      length += addText(tf, v.examples, FIELD_WEIGHTS.variant, pairs)
    }
    const base = indicator.parent ? byId.get(indicator.parent) : undefined
    if (base) length += addText(tf, base.title, FIELD_WEIGHTS.base, pairs)
    return { indicator, tf, length }
  })
  const df = new Map<string, number>()
  for (const d of docs) for (const term of d.tf.keys()) df.set(term, (df.get(term) ?? 0) + 1)
  const avgLength = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, docs.length)
  return { pairs, docs, df, avgLength }
}

function idf(index: SuggestionIndex, term: string): number {
  const n = index.docs.length
  const df = index.df.get(term) ?? 0
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}

/** Cuts a sentence into pieces, marking the matched syllables (neighbours joined with their space). */
function highlight(text: string, marked: Set<number>): Segment[] {
  const ss = syllables(text)
  const segments: Segment[] = []
  let at = 0
  ss.forEach((s, i) => {
    if (!marked.has(i)) return
    const gap = text.slice(at, s.start)
    const last = segments[segments.length - 1]
    if (last?.match && marked.has(i - 1) && /^\s+$/.test(gap)) last.text += gap + text.slice(s.start, s.end)
    else {
      if (gap) segments.push({ text: gap, match: false })
      segments.push({ text: text.slice(s.start, s.end), match: true })
    }
    at = s.end
  })
  if (at < text.length) segments.push({ text: text.slice(at), match: false })
  return segments
}

/**
 * The indicators of the catalogue that best match one shortcoming sentence, best first, by
 * BM25 over folded syllables and two-syllable words: a match is always a word the reviewer
 * can see in both texts.
 */
export function suggestIndicators(index: SuggestionIndex, sentence: string, limit = 3): Suggestion[] {
  const query = termsWithPlaces(sentence, index.pairs)
  if (query.length === 0) return []
  const queryTerms = new Map<string, Array<{ from: number; to: number }>>()
  for (const q of query) queryTerms.set(q.term, [...(queryTerms.get(q.term) ?? []), { from: q.from, to: q.to }])
  const scored: Array<{ doc: Doc; score: number; terms: string[] }> = []
  for (const doc of index.docs) {
    let score = 0
    const hit: string[] = []
    for (const term of queryTerms.keys()) {
      const f = doc.tf.get(term)
      if (!f) continue
      const norm = K1 * (1 - B + (B * doc.length) / index.avgLength)
      const boost = term.includes(BIGRAM_JOIN) ? BIGRAM_BOOST : 1
      score += boost * idf(index, term) * ((f * (K1 + 1)) / (f + norm))
      hit.push(term)
    }
    if (score > 0) scored.push({ doc, score, terms: hit })
  }
  scored.sort((a, b) => b.score - a.score || a.doc.indicator.code.localeCompare(b.doc.indicator.code))
  const ss = syllables(sentence)
  return scored.slice(0, limit).map(({ doc, score, terms }) => {
    const marked = new Set<number>()
    for (const t of terms)
      for (const place of queryTerms.get(t) ?? []) for (let i = place.from; i <= place.to; i++) marked.add(i)
    const matched = [...marked].sort((a, b) => a - b).map((i) => sentence.slice(ss[i].start, ss[i].end))
    return {
      id: doc.indicator.id,
      code: doc.indicator.code,
      title: doc.indicator.title,
      score: Math.round(score * 1000) / 1000,
      matched: [...new Set(matched)],
      segments: highlight(sentence, marked),
    }
  })
}
