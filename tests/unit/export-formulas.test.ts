import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { catalogueToCsv, type CatalogueExport } from '@/catalogue/exportFile'
import { parseCatalogueCsv } from '@/catalogue/parse'
import { toCsv, toXlsx } from '@/progress/export'

const HOSTILE = ['=HYPERLINK("https://evil.example","Bấm")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=1\nDòng hai']

function cells(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
}

describe('spreadsheet exports never carry a live formula', () => {
  it('catalogue CSV: formula-like cells get a leading apostrophe, and read back unchanged', () => {
    const data: CatalogueExport = {
      groups: [{ code: 'TT', name: '=cmd|" /C calc"!A0', description: '', order: 1 }],
      indicators: HOSTILE.map((title, i) => ({
        code: `TT-0${i + 1}`,
        group: 'TT',
        parent: null,
        title,
        explanation: '- gạch đầu dòng',
        examples: '',
        remedies: '',
        document: null,
        order: -i,
      })),
    }
    const csv = catalogueToCsv(data)
    const rows = cells(csv).slice(1)
    for (const row of rows) {
      for (const cell of row) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/)
    }
    expect(rows.map((r) => r[5])).toEqual(HOSTILE.map((t) => `'${t}`))
    const back = parseCatalogueCsv(csv)
    expect(back.rows.map((r) => r.row.title)).toEqual(HOSTILE.map((t) => t.trim()))
    expect(back.rows[0]!.row.explanation).toBe('- gạch đầu dòng')
    expect(back.rows[0]!.row.groupName).toBe('=cmd|" /C calc"!A0')
  })

  it('progress CSV: the same for names and preamble lines; numbers stay numbers', () => {
    const csv = toCsv([
      { name: 'x', preamble: ['=1+1'], headers: ['Tổ chức', 'Số'], rows: HOSTILE.map((name) => [name, -3]) },
    ])
    const all = cells(csv)
    for (const row of all)
      for (const cell of row) if (cell !== '-3') expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/)
    expect(all.filter((r) => r[1] === '-3')).toHaveLength(HOSTILE.length)
  })

  it('progress XLSX: formula-like text is stored as text, never as a formula', async () => {
    const buffer = await toXlsx([{ name: 'x', headers: ['Tổ chức'], rows: HOSTILE.map((name) => [name]) }], {
      title: 't',
    })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(new Uint8Array(buffer).buffer)
    const cells: ExcelJS.Cell[] = []
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell)))
    const data = cells.slice(1)
    expect(data).toHaveLength(HOSTILE.length)
    expect(data.map((c) => c.type)).toEqual(HOSTILE.map(() => ExcelJS.ValueType.String))
    expect(data[0]!.value).toBe(HOSTILE[0])
  })
})
