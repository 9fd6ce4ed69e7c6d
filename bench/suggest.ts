/**
 * `npm run bench:suggest`: how well and how fast the cross-check suggests indicators for the
 * shortcomings written in conclusion forms. Reads the labelled set in
 * tests/fixtures/shortcomings.json (sentences written the way the forms are written, each with
 * its correct indicator), ranks the demo catalogue for each, and prints top-1 and top-3
 * accuracy and the latency per sentence. In the same run it measures a baseline: counting the
 * folded words a sentence shares with each indicator's name and explanation (no weights, no
 * two-syllable words).
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { demoCatalogueRows } from '@/seed/catalogue'
import { buildSuggestionIndex, suggestIndicators } from '@/suggest'
import { foldedWords } from '@/search/tokens'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 20)

type Item = { text: string; code: string }
const items: Item[] = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/shortcomings.json'), 'utf8')).items
const catalogue = demoCatalogueRows()

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function accuracy(rank: (text: string) => string[]) {
  let top1 = 0
  let top3 = 0
  const misses: string[] = []
  for (const item of items) {
    const codes = rank(item.text)
    if (codes[0] === item.code) top1++
    if (codes.slice(0, 3).includes(item.code)) top3++
    else misses.push(`  ${item.code}  “${item.text}” → ${codes.slice(0, 3).join(', ')}`)
  }
  return { top1: top1 / items.length, top3: top3 / items.length, misses }
}

function latencies(run: (text: string) => unknown): number[] {
  const ms: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    for (const item of items) {
      const t = performance.now()
      run(item.text)
      ms.push(performance.now() - t)
    }
  }
  return ms.sort((a, b) => a - b)
}

const t0 = performance.now()
const index = buildSuggestionIndex(catalogue)
const buildMs = performance.now() - t0
const ours = accuracy((text) => suggestIndicators(index, text, 3).map((s) => s.code))
const oursMs = latencies((text) => suggestIndicators(index, text, 3))

const singles = buildSuggestionIndex(catalogue, { pairs: false })
const oursSingles = accuracy((text) => suggestIndicators(singles, text, 3).map((s) => s.code))

const overlapDocs = catalogue.map((c) => ({ code: c.code, words: new Set(foldedWords(`${c.title} ${c.explanation}`)) }))
const overlap = (text: string) => {
  const words = new Set(foldedWords(text))
  return overlapDocs
    .map((d) => ({ code: d.code, n: [...words].filter((w) => d.words.has(w)).length }))
    .sort((a, b) => b.n - a.n || a.code.localeCompare(b.code))
    .map((d) => d.code)
}
const base = accuracy(overlap)

const fmt = (x: number) => x.toFixed(2)
console.log(
  `Gợi ý biểu hiện — ${items.length} câu thiếu sót có nhãn, danh mục ${catalogue.length} biểu hiện, ${ROUNDS} vòng đo`,
)
console.log(`Dựng chỉ mục: ${buildMs.toFixed(1)} ms`)
console.log('')
console.log('| cách xếp hạng | top-1 | top-3 | trung vị / câu | p95 / câu |')
console.log('|---|---:|---:|---:|---:|')
console.log(
  `| BM25, âm tiết và từ hai âm tiết (src/suggest) | ${fmt(ours.top1)} | ${fmt(ours.top3)} | ${percentile(oursMs, 50).toFixed(3)} ms | ${percentile(oursMs, 95).toFixed(3)} ms |`,
)
console.log(
  `| BM25, chỉ âm tiết đơn (không ghép từ hai âm tiết) | ${fmt(oursSingles.top1)} | ${fmt(oursSingles.top3)} | | |`,
)
console.log(`| đếm từ chung với tên và giải thích (đối chứng) | ${fmt(base.top1)} | ${fmt(base.top3)} | | |`)
console.log('')
console.log(
  `Mục tiêu: top-3 ≥ 0,90 (${ours.top3 >= 0.9 ? 'đạt' : 'chưa đạt'}), p95 < 20 ms (${percentile(oursMs, 95) < 20 ? 'đạt' : 'chưa đạt'})`,
)
if (ours.misses.length) console.log(`\nCâu không có biểu hiện đúng trong 3 gợi ý đầu:\n${ours.misses.join('\n')}`)
