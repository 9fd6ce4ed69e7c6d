/**
 * Tables for download: the same rows written as CSV (UTF-8 with a byte-order mark, so Excel
 * shows Vietnamese correctly) or as an XLSX workbook. Headings are Vietnamese.
 */
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { FORMULA_START } from '@/exports/formulas'

export type Cell = string | number | null
export type Sheet = {
  name: string
  /** Lines above the table (title, year, date counted); written as they are. */
  preamble?: string[]
  headers: string[]
  rows: Cell[][]
  widths?: number[]
}

export type ExportFormat = 'csv' | 'xlsx'

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** One CSV file: the preamble, a blank line, then each sheet's table (several sheets one after another). */
export function toCsv(sheets: Sheet[]): string {
  const parts: string[] = []
  for (const sheet of sheets) {
    const lines = (sheet.preamble ?? []).map((p) => [p])
    const table = Papa.unparse(
      { fields: sheet.headers, data: sheet.rows.map((r) => r.map((c) => (c == null ? '' : c))) },
      { newline: '\r\n', escapeFormulae: FORMULA_START },
    )
    const pre = lines.length ? `${Papa.unparse(lines, { newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n\r\n` : ''
    parts.push(pre + table)
  }
  return `\uFEFF${parts.join('\r\n\r\n')}\r\n`
}

export async function toXlsx(sheets: Sheet[], meta: { title: string }): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Soi Sửa'
  book.title = meta.title
  book.created = new Date()
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name.slice(0, 31))
    for (const line of sheet.preamble ?? []) ws.addRow([line])
    if (sheet.preamble?.length) {
      ws.getRow(1).font = { bold: true, size: 13 }
      ws.addRow([])
    }
    const header = ws.addRow(sheet.headers)
    header.font = { bold: true }
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } }
      cell.border = { bottom: { style: 'thin' } }
    })
    for (const row of sheet.rows) ws.addRow(row)
    sheet.headers.forEach((h, i) => {
      ws.getColumn(i + 1).width = sheet.widths?.[i] ?? Math.max(12, Math.min(60, h.length + 4))
    })
    ws.views = [{ state: 'frozen', ySplit: header.number }]
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** An HTTP download of the sheets in the chosen format. */
export async function download(
  sheets: Sheet[],
  format: ExportFormat,
  filename: string,
  title: string,
): Promise<Response> {
  const body = format === 'csv' ? toCsv(sheets) : await toXlsx(sheets, { title })
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${filename}.${format}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
