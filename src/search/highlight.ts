import { foldDiacritics } from '../vietnamese'

/** A piece of displayed text; `match` pieces are shown highlighted. */
export type Segment = { text: string; match: boolean }

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
    const f = foldDiacritics(ch)
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

/**
 * Ranges [start, end) in the original text that match the query words the way the search
 * does: each word whole, except the last, which may be the start of a word.
 */
export function matchRanges(text: string, words: string[]): Array<[number, number]> {
  if (!text || words.length === 0) return []
  const { folded, from, to } = foldWithMap(text)
  const ranges: Array<[number, number]> = []
  words.forEach((word, i) => {
    if (!word) return
    const prefix = i === words.length - 1
    let at = folded.indexOf(word)
    while (at !== -1) {
      const end = at + word.length
      if (!isWordChar(folded[at - 1]) && (prefix || !isWordChar(folded[end]))) ranges.push([from[at], to[end - 1]])
      at = folded.indexOf(word, end)
    }
  })
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: Array<[number, number]> = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
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

/**
 * A short passage of a long text around its first match, cut at word boundaries, with
 * ellipses where it was cut. Without a match it is the beginning of the text.
 */
export function snippet(text: string, words: string[], length = 240): Segment[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= length) return highlight(clean, words)
  const ranges = matchRanges(clean, words)
  const first = ranges[0]?.[0] ?? 0
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
