import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { demoCatalogueRows } from '@/seed/catalogue'
import { buildSuggestionIndex, suggestIndicators, terms } from '@/suggest'
import { foldDiacritics } from '@/vietnamese'

const catalogue = demoCatalogueRows()
const index = buildSuggestionIndex(catalogue)
const labelled: { text: string; code: string }[] = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../fixtures/shortcomings.json'), 'utf8'),
).items

describe('suggested indicators for a conclusion-form shortcoming', () => {
  it('puts the right indicator among the first three for at least 90% of the labelled sentences', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(80)
    const hits = labelled.filter((item) => suggestIndicators(index, item.text, 3).some((s) => s.code === item.code))
    expect(hits.length / labelled.length).toBeGreaterThanOrEqual(0.9)
  })

  it('ranks the obvious indicator first for a plain sentence, whatever its diacritics', () => {
    const withMarks = suggestIndicators(index, 'Dùng tài sản công, xe công vào việc riêng của gia đình.')
    const without = suggestIndicators(index, 'DUNG TAI SAN CONG, XE CONG VAO VIEC RIENG CUA GIA DINH.')
    expect(withMarks[0].code).toBe('DD-04')
    expect(without.map((s) => s.code)).toEqual(withMarks.map((s) => s.code))
  })

  it('explains each suggestion: the marked words are in the sentence and in the indicator', () => {
    const sentence = 'Bản kiểm điểm cuối năm còn chung chung, che giấu khuyết điểm.'
    const [first] = suggestIndicators(index, sentence)
    expect(first.code).toBe('TT-07')
    expect(first.segments.map((s) => s.text).join('')).toBe(sentence)
    const marked = first.segments.filter((s) => s.match).map((s) => s.text)
    expect(marked.join(' ')).toContain('kiểm điểm')
    const row = catalogue.find((c) => c.code === first.code)!
    const indicatorWords = new Set(
      foldDiacritics(`${row.title} ${row.explanation} ${row.examples} ${row.remedies}`).match(/[a-z0-9]+/g),
    )
    for (const word of first.matched) expect(indicatorWords.has(foldDiacritics(word))).toBe(true)
  })

  it('treats two neighbouring syllables as one word, but not across punctuation', () => {
    expect(terms('tài sản công')).toEqual(['tai', 'tai_san', 'san', 'san_cong', 'cong'])
    expect(terms('tài sản, công')).toEqual(['tai', 'tai_san', 'san', 'cong'])
    // Function words and hedges neither match nor join: "còn chưa" leaves nothing.
    expect(terms('còn chưa có')).toEqual([])
  })

  it('suggests nothing for a sentence without meaningful words', () => {
    expect(suggestIndicators(index, 'Còn chưa có.')).toEqual([])
    expect(suggestIndicators(index, '')).toEqual([])
  })

  it('reads a local variant: the base indicator matches words only its variant has', () => {
    const sentence = 'Tổ chức tiệc sinh nhật mời khách tràn lan.'
    const codes = suggestIndicators(index, sentence).map((s) => s.code)
    expect(codes).toContain('DD-08.01')
    expect(codes).toContain('DD-08')
  })
})
