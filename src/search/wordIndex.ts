import { compactCode, SCORE, type SearchKind } from './rank'
import { WORD_MARK } from './tokens'

/** What the in-memory index keeps of an entry: enough to match, count and rank, no display text. */
export type IndexedEntry = {
  id: string
  kind: SearchKind
  titleWords: string
  words: string
  code: string | null
  date: string | null
  updatedAt?: string | null
  /** The date as a number, worked out once for ranking. */
  time?: number
}

/** A word still being typed expands to the indexed words it starts; past this many, scan instead. */
const MAX_EXPANSION = 64

/**
 * An inverted index of the search entries' folded words, held in memory: posting sets per
 * word for the whole entry and for its title, a sorted vocabulary for words being typed,
 * and the entries newest first. Pure data, no database. `search` matches and ranks exactly
 * as `rankEntries` (src/search/rank.ts) would, without scoring every match one by one.
 */
export class WordIndex {
  // Entries live in numbered slots; posting sets hold slot numbers, which hash and compare
  // much faster than the entries' uuid strings.
  private slots: Array<IndexedEntry | undefined> = []
  private free: number[] = []
  private slotOf = new Map<string, number>()
  private postings = new Map<string, Set<number>>()
  private titlePostings = new Map<string, Set<number>>()
  private codes = new Map<string, Set<number>>()
  private byTime: number[] | null = null
  private vocabulary: string[] | null = null
  private scores = new Float64Array(0)

  get size(): number {
    return this.slotOf.size
  }

  ids(): IterableIterator<string> {
    return this.slotOf.keys()
  }

  upsert(entry: IndexedEntry): void {
    this.remove(entry.id)
    const e = { ...entry, time: entry.date ? Date.parse(entry.date) : 0 }
    const slot = this.free.pop() ?? this.slots.length
    this.slots[slot] = e
    this.slotOf.set(e.id, slot)
    for (const w of splitWords(e.words)) addTo(this.postings, w, slot)
    for (const w of splitWords(e.titleWords)) addTo(this.titlePostings, w, slot)
    if (e.code) addTo(this.codes, compactCode(e.code), slot)
    this.changed()
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id)
    if (slot === undefined) return
    const old = this.slots[slot]!
    for (const w of splitWords(old.words)) removeFrom(this.postings, w, slot)
    for (const w of splitWords(old.titleWords)) removeFrom(this.titlePostings, w, slot)
    if (old.code) removeFrom(this.codes, compactCode(old.code), slot)
    this.slots[slot] = undefined
    this.slotOf.delete(id)
    this.free.push(slot)
    this.changed()
  }

  private changed() {
    this.byTime = null
    this.vocabulary = null
  }

  /**
   * Entries having every query word (all but the last whole, the last as a word start),
   * newest first.
   */
  match(words: string[]): IndexedEntry[] {
    return this.matchSlots(words).map((slot) => this.slots[slot]!)
  }

  private matchSlots(words: string[]): number[] {
    if (words.length === 0) return []
    const sets: Set<number>[] = []
    for (const w of words.slice(0, -1)) {
      const set = this.postings.get(w)
      if (!set) return []
      sets.push(set)
    }
    const last = words[words.length - 1]
    const expanded = this.expand(last)
    let prefix: string | null = null
    if (expanded) {
      const union = unionOf(expanded.map((w) => this.postings.get(w)!))
      if (union.size === 0) return []
      sets.push(union)
    } else {
      prefix = WORD_MARK + last
    }
    sets.sort((a, b) => a.size - b.size)
    const has = (slot: number) => {
      for (const s of sets) if (!s.has(slot)) return false
      return prefix === null || this.slots[slot]!.words.includes(prefix)
    }
    // A rare word: check its few entries and order them; otherwise walk everything in order.
    if (sets.length && sets[0].size * 8 < this.slotOf.size) {
      const out: number[] = []
      for (const slot of sets[0]) if (has(slot)) out.push(slot)
      return out.sort((a, b) => newestFirst(this.slots[a]!, this.slots[b]!))
    }
    return this.newestFirst().filter(has)
  }

  /** The matches, best first: by score (see SCORE), then newest, then id. */
  search(words: string[]): IndexedEntry[] {
    const matches = this.matchSlots(words)
    if (matches.length === 0) return []
    if (this.scores.length < this.slots.length) this.scores = new Float64Array(this.slots.length * 2)
    const scores = this.scores
    const touched: number[] = []
    const add = (slots: Iterable<number> | undefined, points: number) => {
      if (!slots) return
      for (const slot of slots) {
        if (scores[slot] === 0) touched.push(slot)
        scores[slot] += points
      }
    }
    for (const w of words) add(this.titlePostings.get(w), SCORE.word)
    // The last word, when it only starts a title word, counts once and less.
    const last = words[words.length - 1]
    const whole = this.titlePostings.get(last)
    const started = new Set<number>()
    for (const w of this.expand(last) ?? this.scanVocabulary(last)) {
      if (w === last) continue
      for (const slot of this.titlePostings.get(w) ?? []) if (!whole?.has(slot)) started.add(slot)
    }
    add(started, SCORE.wordStart)
    // The phrase can only be in titles that have every word.
    const phrase = WORD_MARK + words.join(WORD_MARK)
    const phraseWhole = phrase + WORD_MARK
    const allWords = SCORE.word * (words.length - 1) + SCORE.wordStart
    for (const slot of touched) {
      if (scores[slot] < allWords) continue
      const title = this.slots[slot]!.titleWords
      if (title.includes(phraseWhole)) scores[slot] += SCORE.phrase
      else if (title.includes(phrase)) scores[slot] += SCORE.phraseStart
    }
    add(this.codes.get(words.join('')), SCORE.code)

    const buckets = new Map<number, IndexedEntry[]>()
    const plain: IndexedEntry[] = []
    for (const slot of matches) {
      const s = scores[slot]
      const e = this.slots[slot]!
      if (s === 0) {
        plain.push(e)
        continue
      }
      const bucket = buckets.get(s)
      if (bucket) bucket.push(e)
      else buckets.set(s, [e])
    }
    for (const slot of touched) scores[slot] = 0
    const out: IndexedEntry[] = []
    for (const s of [...buckets.keys()].sort((a, b) => b - a)) for (const e of buckets.get(s)!) out.push(e)
    for (const e of plain) out.push(e)
    return out
  }

  /** Indexed words starting with `prefix`, or null when there are too many to list. */
  private expand(prefix: string): string[] | null {
    const vocab = this.sortedVocabulary()
    let lo = 0
    let hi = vocab.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (vocab[mid] < prefix) lo = mid + 1
      else hi = mid
    }
    const out: string[] = []
    for (let i = lo; i < vocab.length && vocab[i].startsWith(prefix); i++) {
      if (out.length === MAX_EXPANSION) return null
      out.push(vocab[i])
    }
    return out
  }

  private scanVocabulary(prefix: string): string[] {
    return [...this.titlePostings.keys()].filter((w) => w.startsWith(prefix))
  }

  private sortedVocabulary(): string[] {
    if (!this.vocabulary) this.vocabulary = [...this.postings.keys()].sort()
    return this.vocabulary
  }

  private newestFirst(): number[] {
    if (!this.byTime)
      this.byTime = [...this.slotOf.values()].sort((a, b) => newestFirst(this.slots[a]!, this.slots[b]!))
    return this.byTime
  }
}

const newestFirst = (a: IndexedEntry, b: IndexedEntry) =>
  (b.time ?? 0) - (a.time ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

function splitWords(field: string): string[] {
  return field ? field.split(WORD_MARK).filter(Boolean) : []
}

function addTo(map: Map<string, Set<number>>, key: string, id: number) {
  let set = map.get(key)
  if (!set) map.set(key, (set = new Set()))
  set.add(id)
}

function removeFrom(map: Map<string, Set<number>>, key: string, id: number) {
  const set = map.get(key)
  if (!set) return
  set.delete(id)
  if (set.size === 0) map.delete(key)
}

function unionOf(sets: Set<number>[]): Set<number> {
  if (sets.length === 1) return sets[0]
  const out = new Set<number>()
  for (const s of sets) for (const id of s) out.add(id)
  return out
}
