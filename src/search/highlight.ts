import { foldDiacritics } from '@/vietnamese'

/** A piece of displayed text; `match` pieces are shown highlighted. */
export type Segment = { text: string; match: boolean }

// Folding one character costs a Unicode normalisation; texts repeat few distinct characters.
const foldedChars = new Map<string, string>()
function foldChar(ch: string): string {
  let f = foldedChars.get(ch)
  if (f === undefined) {
    f = foldDiacritics(ch)
    if (foldedChars.size < 5000) foldedChars.set(ch, f)
  }
  return f
}

/**
 * Folds a text one character at a time, remembering where each folded character came
 * from, so that a match found in the folded text can be marked in the original.
 */
function foldWithMap(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = ''
  const from: number[] = []
  const to: number[] = []
  let i = 0
  for (const ch of text) {
    const f = foldChar(ch)
    // A combining mark folds to nothing; it belongs to the letter before it.
    if (f.length === 0 && to.length > 0) to[to.length - 1] = i + ch.length
    for (let k = 0; k < f.length; k++) {
      from.push(i)
      to.push(i + ch.length)
    }
    folded += f
    i += ch.length
  }
  return { folded, from, to }
}

const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c)

type Hit = { start: number; end: number; word: number }

/** Every place a query word matches, as the search matches it: whole words, the last may be a word start. */
function findHits(text: string, words: string[]): Hit[] {
  if (!text || words.length === 0) return []
  const { folded, from, to } = foldWithMap(text)
  const hits: Hit[] = []
  words.forEach((word, i) => {
    if (!word) return
    const prefix = i === words.length - 1
    let at = folded.indexOf(word)
    while (at !== -1) {
      const end = at + word.length
      if (!isWordChar(folded[at - 1]) && (prefix || !isWordChar(folded[end])))
        hits.push({ start: from[at], end: to[end - 1], word: i })
      at = folded.indexOf(word, end)
    }
  })
  return hits.sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * Ranges [start, end) in the original text that match the query words the way the search
 * does: each word whole, except the last, which may be the start of a word.
 */
export function matchRanges(text: string, words: string[]): Array<[number, number]> {
  const merged: Array<[number, number]> = []
  for (const h of findHits(text, words)) {
    const last = merged[merged.length - 1]
    if (last && h.start <= last[1]) last[1] = Math.max(last[1], h.end)
    else merged.push([h.start, h.end])
  }
  return merged
}

/** The whole text cut into plain and highlighted pieces. */
export function highlight(text: string, words: string[]): Segment[] {
  return segmentsOf(text, matchRanges(text, words), 0, text.length)
}

function segmentsOf(text: string, ranges: Array<[number, number]>, start: number, end: number): Segment[] {
  const out: Segment[] = []
  let pos = start
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue
    const s = Math.max(a, start)
    const e = Math.min(b, end)
    if (s > pos) out.push({ text: text.slice(pos, s), match: false })
    out.push({ text: text.slice(s, e), match: true })
    pos = e
  }
  if (pos < end) out.push({ text: text.slice(pos, end), match: false })
  return out
}

/** Where the passage with the most different query words begins (the earliest among equals). */
function bestWindowStart(all: Hit[], length: number): number {
  const hits = all.slice(0, 300)
  let best = hits[0]?.start ?? 0
  let bestCount = 0
  for (const h of hits) {
    const words = new Set(hits.filter((o) => o.start >= h.start && o.end <= h.start + length * 0.66).map((o) => o.word))
    if (words.size > bestCount) {
      bestCount = words.size
      best = h.start
    }
  }
  return best
}

/**
 * A short passage of a long text around the place where most query words meet, cut at
 * word boundaries, with ellipses where it was cut. Without a match it is the beginning.
 */
export function snippet(text: string, words: string[], length = 240): Segment[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= length) return highlight(clean, words)
  const ranges = matchRanges(clean, words)
  const first = bestWindowStart(findHits(clean, words), length)
  let start = Math.max(0, first - Math.floor(length / 3))
  if (start > 0) {
    const space = clean.indexOf(' ', start)
    start = space !== -1 && space < first ? space + 1 : start
  }
  let end = Math.min(clean.length, start + length)
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end)
    if (space > start) end = space
  }
  const segments = segmentsOf(clean, ranges, start, end)
  if (start > 0) segments.unshift({ text: '… ', match: false })
  if (end < clean.length) segments.push({ text: ' …', match: false })
  return segments
}
