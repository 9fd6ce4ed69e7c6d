import { describe, expect, it } from 'vitest'
import { highlight, matchRanges, snippet } from '@/search/highlight'
import { lexicalToPlainText } from '@/search/lexicalText'
import { rankEntries, scoreEntry, type RankInput } from '@/search/rank'
import { foldedWords, queryWords, wordField } from '@/search/tokens'
import { WordIndex } from '@/search/wordIndex'

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
    const code = entry('code', 'Phai nhạt lý tưởng', undefined, {
      kind: 'indicator',
      code: 'tt-01',
      titleWords: wordField('TT-01 Phai nhạt lý tưởng'),
    })
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
          {
            type: 'heading',
            children: [
              { type: 'text', text: 'Tiêu' },
              { type: 'text', text: ' đề' },
            ],
          },
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

describe('the in-memory word index', () => {
  const entry = (id: string, text: string) => ({
    id,
    kind: 'article' as const,
    titleWords: wordField(text),
    words: wordField(text),
    code: null,
    date: null,
  })

  it('finds entries with every word, the last one possibly unfinished', () => {
    const index = new WordIndex()
    index.upsert(entry('a', 'Krông Nô thực hiện Đề án 05'))
    index.upsert(entry('b', 'Đề án 06 của tỉnh'))
    index.upsert(entry('c', 'Đến năm 2005'))
    const ids = (q: string) =>
      index
        .match(queryWords(q))
        .map((e) => e.id)
        .sort()
    expect(ids('de an')).toEqual(['a', 'b'])
    expect(ids('de an 0')).toEqual(['a', 'b'])
    expect(ids('de an 05')).toEqual(['a'])
    expect(ids('de')).toEqual(['a', 'b', 'c'])
    expect(ids('krong no de an 05')).toEqual(['a'])
    expect(ids('khong co')).toEqual([])
  })

  it('forgets removed entries and the old words of updated ones', () => {
    const index = new WordIndex()
    index.upsert(entry('a', 'Kế hoạch 73'))
    index.upsert(entry('a', 'Hướng dẫn 436'))
    expect(index.match(queryWords('ke hoach'))).toEqual([])
    expect(index.match(queryWords('huong dan')).map((e) => e.id)).toEqual(['a'])
    index.remove('a')
    expect(index.size).toBe(0)
    expect(index.match(queryWords('huong'))).toEqual([])
  })
})

describe('ranking in the word index', () => {
  it('orders matches exactly as the reference ranking does, on a corpus of made-up news', async () => {
    const { mulberry32, TextMaker } = await import('../../bench/dataset')
    const text = new TextMaker(mulberry32(7))
    const index = new WordIndex()
    const all: Array<{
      id: string
      kind: 'article' | 'document' | 'indicator'
      titleWords: string
      words: string
      code: string | null
      date: string | null
    }> = []
    for (let i = 0; i < 400; i++) {
      const title = text.sentence(text.int(5, 10)) + (i % 9 === 0 ? ' Đề án 05' : '')
      const code = i % 50 === 0 ? `tt-${String(i / 50).padStart(2, '0')}` : null
      const e = {
        id: `e${String(i).padStart(3, '0')}`,
        kind: (['article', 'document', 'indicator'] as const)[i % 3],
        titleWords: wordField(code ?? '', title),
        words: wordField(code ?? '', title, text.paragraph(3)),
        code,
        date: i % 7 === 0 ? null : new Date(Date.UTC(2020, 0, 1 + ((i * 37) % 900))).toISOString(),
      }
      all.push(e)
      index.upsert(e)
    }
    for (const q of ['de an 05', 'de an 0', 'chi bo', 'krong no', 'huyen', 'd', 'tt-02', 'kiem tra giam sat', 'xyz']) {
      const words = queryWords(q)
      const expected = rankEntries(
        all.filter(
          (e) =>
            words.slice(0, -1).every((w) => e.words.includes(`~${w}~`)) &&
            e.words.includes(`~${words[words.length - 1]}`),
        ),
        words,
      ).map((e) => e.id)
      expect(
        index.search(words).map((e) => e.id),
        q,
      ).toEqual(expected)
    }
  })
})
