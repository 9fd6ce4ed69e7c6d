import { foldDiacritics } from '@/vietnamese'

/** One syllable of a text, folded, with where it stands in the original. */
export type Syllable = { folded: string; lower: string; start: number; end: number; phrase: number }

// Letters (any script, with their combining marks) and digits; Vietnamese writes one syllable per word.
const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu
// Punctuation that ends a phrase: a two-syllable word never spans it.
const PHRASE_BREAK = /[.,;:!?()“”"«»[\]\-–—/]/

/**
 * Vietnamese function words and the hedges conclusion forms are full of ("còn", "chưa",
 * "có lúc"). They carry no meaning of their own for matching a shortcoming to an indicator,
 * so they neither count as words nor join two-syllable words. Kept with their tones: folded,
 * "tại" (at) would also silence "tài" (as in "tài sản").
 */
export const STOP_SYLLABLES = new Set(
  (
    'và với của các những một số là có được đã đang sẽ còn chưa không trong ngoài trên dưới cho để ' +
    'thì mà như ở tại về từ đến này đó theo hoặc cũng bị rất quá lại khi lúc nào ai gì vào ra lên ' +
    'xuống nhiều ít hơn nhất vẫn rồi đồng chí bản thân mình người việc cụ thể'
  ).split(' '),
)

/** Syllables of a text in order, each folded ("Đảng" → "dang"), with their places. */
export function syllables(text: string): Syllable[] {
  const out: Syllable[] = []
  let phrase = 0
  let last = 0
  for (const m of text.matchAll(SYLLABLE)) {
    const start = m.index ?? 0
    if (PHRASE_BREAK.test(text.slice(last, start))) phrase++
    last = start + m[0].length
    out.push({ folded: foldDiacritics(m[0]), lower: m[0].normalize('NFC').toLowerCase(), start, end: last, phrase })
  }
  return out
}

/** A two-syllable word is written with an underscore: "tai_san". */
export const BIGRAM_JOIN = '_'

/** The term of a syllable, or null for a function word. */
export function syllableTerm(s: Syllable): string | null {
  return STOP_SYLLABLES.has(s.lower) ? null : s.folded
}

/**
 * The terms of a text with the syllables each came from: every meaningful syllable, and
 * every pair of neighbouring meaningful syllables in one phrase as a two-syllable word
 * ("tài sản công" → tai, san, cong, tai_san, san_cong). Vietnamese compounds ("tài sản",
 * "nghị quyết", "sinh hoạt") are mostly such pairs, so pairs match meaning that single
 * syllables ("tài", "quyết") spread over many unrelated words.
 */
export function termsWithPlaces(text: string, pairs = true): Array<{ term: string; from: number; to: number }> {
  const ss = syllables(text)
  const out: Array<{ term: string; from: number; to: number }> = []
  for (let i = 0; i < ss.length; i++) {
    const a = syllableTerm(ss[i])
    if (!a) continue
    out.push({ term: a, from: i, to: i })
    const next = ss[i + 1]
    if (pairs && next && next.phrase === ss[i].phrase) {
      const b = syllableTerm(next)
      if (b) out.push({ term: a + BIGRAM_JOIN + b, from: i, to: i + 1 })
    }
  }
  return out
}

export function terms(text: string | null | undefined): string[] {
  return text ? termsWithPlaces(text).map((t) => t.term) : []
}
