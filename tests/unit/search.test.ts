import { describe, expect, it } from 'vitest'
import { highlight, matchRanges, snippet } from '../../src/search/highlight'
import { lexicalToPlainText } from '../../src/search/lexicalText'
import { rankEntries, scoreEntry, type RankInput } from '../../src/search/rank'
import { foldedWords, queryWords, wordField, wordPatterns } from '../../src/search/tokens'

const marked = (segments: { text: string; match: boolean }[]) =>
  segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('')

describe('search words', () => {
  it('folds case and diacritics, including both D-with-stroke letters', () => {
    expect(queryWords('ĐỀ ÁN 05')).toEqual(['de', 'an', '05'])
    expect(queryWords('Ðề Án 05')).toEqual(['de', 'an', '05'])
    expect(queryWords('de an 05')).toEqual(['de', 'an', '05'])
  })

  it('keeps each word once and at most eight', () => {
    expect(queryWords('an an  AN, ăn')).toEqual(['an'])
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8)
    expect(queryWords('  —  ')).toEqual([])
  })

  it('stores each distinct word once between marks', () => {
    expect(wordField('Krông Nô', 'Đề án 05 của Krông Nô')).toBe('~krong~no~de~an~05~cua~')
    expect(wordField('', null)).toBe('')
    expect(foldedWords('73-KH/HU')).toEqual(['73', 'kh', 'hu'])
  })

  it('asks for whole words except the last, which may be unfinished', () => {
    expect(wordPatterns(['de', 'an', '0'])).toEqual(['~de~', '~an~', '~0'])
    const field = wordField('Krông Nô linh hoạt triển khai thực hiện Ðề án 05')
    expect(wordPatterns(queryWords('krong no de an 05')).every((p) => field.includes(p))).toBe(true)
    expect(wordPatterns(queryWords('krong no den')).every((p) => field.includes(p))).toBe(false)
  })
})

describe('highlighting', () => {
  it('marks matches in the original text whatever the diacritics', () => {
    expect(marked(highlight('Thực hiện Ðề án 05 và Đề Án 06', queryWords('de an')))).toBe(
      'Thực hiện [Ðề] [án] 05 và [Đề] [Án] 06',
    )
  })

  it('marks only whole words, except a word being typed at the end', () => {
    expect(marked(highlight('đến đề án', ['de', 'an']))).toBe('đến [đề] [án]')
    expect(marked(highlight('Đắk Mâm', ['dak', 'ma']))).toBe('[Đắk] [Mâ]m')
  })

  it('keeps text written with combining marks intact', () => {
    const decomposed = 'Đe\u0300 a\u0301n'
    const out = highlight(decomposed, ['de', 'an'])
    expect(out.map((s) => s.text).join('')).toBe(decomposed)
    expect(out.filter((s) => s.match).map((s) => s.text)).toEqual(['Đe\u0300', 'a\u0301n'])
  })

  it('cuts a passage around the first match with ellipses', () => {
    const long = `${'Mở đầu dài dòng. '.repeat(30)}Huyện ủy ban hành Kế hoạch số 73 về Đề án 05. ${'Kết thúc. '.repeat(30)}`
    const text = marked(snippet(long, queryWords('ke hoach 73'), 120))
    expect(text.startsWith('… ')).toBe(true)
    expect(text.endsWith(' …')).toBe(true)
    expect(text).toContain('[Kế] [hoạch] số [73]')
    expect(text.length).toBeLessThan(140)
  })

  it('returns nothing to mark when nothing matches', () => {
    expect(matchRanges('Tin tức', ['de'])).toEqual([])
  })
})

describe('ranking', () => {
  const entry = (id: string, title: string, date?: string, extra: Partial<RankInput> = {}): RankInput => ({
    id,
    kind: 'article',
    titleWords: wordField(title),
    date: date ?? null,
    ...extra,
  })

  it('puts the whole phrase in the title first, then words in the title, then newest', () => {
    const words = queryWords('de an 05')
    const ranked = rankEntries(
      [
        entry('body-only-new', 'Tập huấn cán bộ', '2024-01-01T00:00:00Z'),
        entry('scattered', 'Đề xuất về an ninh năm 05', '2020-01-01T00:00:00Z'),
        entry('phrase-old', 'Thực hiện Ðề án 05', '2018-01-01T00:00:00Z'),
        entry('phrase-new', 'Sơ kết Đề án 05', '2022-01-01T00:00:00Z'),
      ],
      words,
    )
    expect(ranked.map((e) => e.id)).toEqual(['phrase-new', 'phrase-old', 'scattered', 'body-only-new'])
  })

  it('puts an indicator whose code was typed exactly above everything', () => {
    const words = queryWords('TT-01')
    const code = entry('code', 'Phai nhạt lý tưởng', undefined, { kind: 'indicator', code: 'tt-01', titleWords: wordField('TT-01 Phai nhạt lý tưởng') })
    const other = entry('other', 'TT 01 trong tiêu đề', '2024-01-01T00:00:00Z')
    expect(rankEntries([other, code], words)[0].id).toBe('code')
    expect(scoreEntry(code, words)).toBeGreaterThan(scoreEntry(other, words))
  })
})

describe('rich text to plain text', () => {
  it('keeps paragraphs and the text of quote blocks', () => {
    const value = {
      root: {
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Đoạn một.' }] },
          { type: 'block', fields: { blockType: 'quote', text: 'Lời trích.', speaker: 'Ông A', position: 'Bí thư' } },
          { type: 'heading', children: [{ type: 'text', text: 'Tiêu' }, { type: 'text', text: ' đề' }] },
        ],
      },
    }
    expect(lexicalToPlainText(value)).toBe('Đoạn một.\nLời trích. Ông A Bí thư\nTiêu đề')
    expect(lexicalToPlainText(null)).toBe('')
  })
})

describe('passages', () => {
  it('shows the passage where most of the query words meet, not merely the first match', () => {
    const text = `Krông Nô mở đầu. ${'Câu không liên quan. '.repeat(20)}Huyện Krông Nô thực hiện Đề án 05 nghiêm túc. ${'Kết. '.repeat(40)}`
    const passage = marked(snippet(text, queryWords('krong no de an 05'), 100))
    expect(passage).toContain('[Krông] [Nô] thực hiện [Đề] [án] [05]')
  })
})
