import Papa from 'papaparse'
import { unescapeFormula } from '@/exports/formulas'
import { COLUMNS, columnForHeading, emptyRow, REQUIRED_COLUMNS, type CatalogueRow, type ColumnKey } from './columns'

/** A row read from a file, with where it was (shown to the person importing). */
export type SourceRow = { ref: string; row: CatalogueRow }
export type ParsedFile = { rows: SourceRow[]; fileErrors: string[]; rowErrors: Array<{ ref: string; reason: string }> }

const headingOf = (key: ColumnKey) => COLUMNS.find((c) => c.key === key)!.heading

/**
 * Reads a CSV file as a spreadsheet shows it: the first line holds the headings, and row
 * numbers count from 1 at the headings, so "Dòng 5" is row 5 in Excel.
 */
export function parseCatalogueCsv(text: string): ParsedFile {
  const out: ParsedFile = { rows: [], fileErrors: [], rowErrors: [] }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false })
  const records = parsed.data
  const header = records[0]
  if (!header || header.every((h) => !String(h ?? '').trim())) {
    out.fileErrors.push('Tệp CSV trống hoặc thiếu dòng tiêu đề cột.')
    return out
  }
  const keys = header.map((h) => columnForHeading(String(h ?? '')))
  const unknown = header.filter((h, i) => String(h ?? '').trim() && !keys[i])
  if (unknown.length) out.fileErrors.push(`Cột không được hỗ trợ: ${unknown.map((h) => `"${h}"`).join(', ')}.`)
  for (const required of REQUIRED_COLUMNS) {
    if (!keys.includes(required)) out.fileErrors.push(`Thiếu cột bắt buộc "${headingOf(required)}".`)
  }
  const brokenRows = new Map<number, string>()
  for (const e of parsed.errors) {
    if (typeof e.row === 'number') brokenRows.set(e.row, e.message)
  }
  for (let i = 1; i < records.length; i++) {
    const cells = records[i]
    if (!cells || cells.every((c) => !String(c ?? '').trim())) continue
    const ref = `Dòng ${i + 1}`
    if (brokenRows.has(i)) {
      out.rowErrors.push({ ref, reason: `Dòng không đọc được (sai dấu ngoặc kép hoặc số cột): ${brokenRows.get(i)}` })
      continue
    }
    if (cells.length > header.length && cells.slice(header.length).some((c) => String(c ?? '').trim())) {
      out.rowErrors.push({ ref, reason: `Dòng có ${cells.length} ô, nhiều hơn ${header.length} cột tiêu đề.` })
      continue
    }
    const row = emptyRow()
    keys.forEach((key, col) => {
      if (key) row[key] = unescapeFormula(String(cells[col] ?? '').trim()).trim()
    })
    out.rows.push({ ref, row })
  }
  return out
}

type JsonGroup = { code?: unknown; name?: unknown; description?: unknown }
type JsonIndicator = Record<string, unknown>

const text = (v: unknown) =>
  v == null ? '' : typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : null

/**
 * Reads the JSON form written by the export: `{ groups: [...], indicators: [...] }`.
 * Group details travel on the indicator rows so that both formats are checked alike.
 */
export function parseCatalogueJson(source: string): ParsedFile {
  const out: ParsedFile = { rows: [], fileErrors: [], rowErrors: [] }
  let data: unknown
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''))
  } catch (e) {
    out.fileErrors.push(`Tệp JSON không hợp lệ: ${(e as Error).message}`)
    return out
  }
  const root = data as { groups?: unknown; indicators?: unknown }
  if (!root || typeof root !== 'object' || !Array.isArray(root.indicators)) {
    out.fileErrors.push('Tệp JSON phải có dạng { "groups": [...], "indicators": [...] }.')
    return out
  }
  const groups = new Map<string, { name: string; description: string }>()
  if (root.groups !== undefined && !Array.isArray(root.groups)) out.fileErrors.push('"groups" phải là một danh sách.')
  for (const [i, g] of ((Array.isArray(root.groups) ? root.groups : []) as JsonGroup[]).entries()) {
    const code = text(g?.code)
    if (!code) {
      out.rowErrors.push({ ref: `groups[${i}]`, reason: 'Nhóm thiếu mã ("code").' })
      continue
    }
    groups.set(code.toUpperCase(), { name: text(g.name) ?? '', description: text(g.description) ?? '' })
  }
  ;(root.indicators as JsonIndicator[]).forEach((item, i) => {
    const ref = `indicators[${i}]`
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      out.rowErrors.push({ ref, reason: 'Mỗi biểu hiện phải là một đối tượng JSON.' })
      return
    }
    const row = emptyRow()
    const bad: string[] = []
    for (const [name, value] of Object.entries(item)) {
      const key = columnForHeading(name)
      if (!key) continue
      const v = text(value)
      if (v === null) bad.push(name)
      else row[key] = v
    }
    if (bad.length) {
      out.rowErrors.push({ ref, reason: `Giá trị không phải chữ hoặc số ở: ${bad.join(', ')}.` })
      return
    }
    const g = groups.get(row.groupCode.toUpperCase())
    if (g) {
      row.groupName ||= g.name
      row.groupDescription ||= g.description
    }
    out.rows.push({ ref, row })
  })
  return out
}
