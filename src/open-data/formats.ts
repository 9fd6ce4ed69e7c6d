/**
 * One dataset answer written as JSON, CSV or XLSX. CSV and XLSX carry the same metadata as
 * the JSON (title, when the figures were taken, the licence, the source page, what each
 * column means) above the table and in a second table/sheet.
 */
import { toCsv, toXlsx, type Cell, type Sheet } from '@/progress/export'
import { siteUrl } from '@/site'
import { formatDate, formatDateTime } from '@/vietnamese'
import type { Column, Dataset, DatasetTable, Value } from './datasets'
import { licenceLine, OPEN_DATA_LICENCE } from './licence'

export const OPEN_DATA_FORMATS = ['json', 'csv', 'xlsx'] as const
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number]

export const OPEN_DATA_CONTENT_TYPES: Record<OpenDataFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab / carriage return) as a
 * formula; such text gets a leading apostrophe so it stays text.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

const neutral = (v: Cell): Cell => (typeof v === 'string' ? neutralizeFormula(v) : v)

/** The page a dataset's figures are shown on, with the same year. */
export function sourceUrl(dataset: Dataset, year: number | null): string {
  const query = year && dataset.year !== 'none' ? `?nam=${year}` : ''
  return `${siteUrl()}${dataset.page}${query}${dataset.anchor ? `#${dataset.anchor}` : ''}`
}

/** The address of a dataset's API answer, or of a download when a format is given. */
export function datasetPath(dataset: Dataset, opts: { year?: number | null; format?: OpenDataFormat } = {}): string {
  const q = new URLSearchParams()
  if (opts.year && dataset.year !== 'none') q.set('nam', String(opts.year))
  if (opts.format) q.set('dinh-dang', opts.format)
  const s = q.toString()
  return `/api/open-data/${dataset.slug}${s ? `?${s}` : ''}`
}

export function datasetJson(dataset: Dataset, table: DatasetTable) {
  return {
    dataset: dataset.slug,
    title: dataset.title,
    description: dataset.description,
    year: table.year,
    takenAt: table.takenAt,
    licence: OPEN_DATA_LICENCE,
    source: sourceUrl(dataset, table.year),
    columns: dataset.columns,
    rows: table.rows,
  }
}

function cellFor(column: Column, value: Value): Cell {
  if (value == null) return ''
  if (column.type === 'date' && typeof value === 'string') return formatDate(value)
  if (column.type === 'datetime' && typeof value === 'string') return formatDateTime(value)
  return value
}

function sheets(dataset: Dataset, table: DatasetTable): Sheet[] {
  const title = table.year ? `${dataset.title} — năm ${table.year}` : dataset.title
  const data: Sheet = {
    name: 'Dữ liệu',
    preamble: [
      title,
      `Số liệu lấy lúc ${formatDateTime(table.takenAt)} (giờ Việt Nam)`,
      `Nguồn: ${sourceUrl(dataset, table.year)}`,
      licenceLine(),
    ].map(neutralizeFormula),
    headers: dataset.columns.map((c) => c.heading),
    rows: table.rows.map((row) => dataset.columns.map((c) => neutral(cellFor(c, row[c.key] ?? null)))),
    widths: dataset.columns.map((c) => (c.type === 'string' ? 40 : c.type === 'url' ? 50 : 16)),
  }
  const columns: Sheet = {
    name: 'Mô tả cột',
    headers: ['Cột', 'Ý nghĩa'],
    rows: dataset.columns.map((c) => [c.heading, c.description].map(neutralizeFormula)),
    widths: [30, 90],
  }
  return [data, columns]
}

export function fileName(dataset: Dataset, table: DatasetTable, format: OpenDataFormat): string {
  return `${dataset.slug}${table.year ? `-${table.year}` : ''}.${format}`
}

/** The body of a download in the chosen format. */
export async function renderDataset(
  dataset: Dataset,
  table: DatasetTable,
  format: OpenDataFormat,
): Promise<string | Uint8Array<ArrayBuffer>> {
  if (format === 'json') return JSON.stringify(datasetJson(dataset, table), null, 2)
  if (format === 'csv') return toCsv(sheets(dataset, table))
  const title = table.year ? `${dataset.title} — năm ${table.year}` : dataset.title
  return new Uint8Array(await toXlsx(sheets(dataset, table), { title }))
}
