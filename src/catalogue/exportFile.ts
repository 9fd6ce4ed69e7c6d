import Papa from 'papaparse'
import { FORMULA_START } from '@/exports/formulas'
import { COLUMNS, type CatalogueRow } from './columns'

export type CatalogueExport = {
  groups: Array<{ code: string; name: string; description: string; order: number | null }>
  indicators: Array<{
    code: string
    group: string
    parent: string | null
    title: string
    explanation: string
    examples: string
    remedies: string
    document: string | null
    order: number | null
  }>
}

/** One row per indicator, with its group's name and description, as files carry them. */
export function catalogueRows(data: CatalogueExport): CatalogueRow[] {
  const groups = new Map(data.groups.map((g) => [g.code, g]))
  return data.indicators.map((i): CatalogueRow => ({
    groupCode: i.group,
    groupName: groups.get(i.group)?.name ?? '',
    groupDescription: groups.get(i.group)?.description ?? '',
    code: i.code,
    parentCode: i.parent ?? '',
    title: i.title,
    explanation: i.explanation,
    examples: i.examples,
    remedies: i.remedies,
    documentNumber: i.document ?? '',
    order: i.order == null ? '' : String(i.order),
  }))
}

/** CSV with Vietnamese headings; the byte-order mark lets Excel read it as UTF-8. Formula-like cells are made text. */
export function catalogueToCsv(data: CatalogueExport): string {
  const rows = catalogueRows(data)
  return (
    '\uFEFF' +
    Papa.unparse(
      { fields: COLUMNS.map((c) => c.heading), data: rows.map((r) => COLUMNS.map((c) => r[c.key])) },
      { escapeFormulae: FORMULA_START },
    )
  )
}

export function catalogueToJson(data: CatalogueExport): string {
  return JSON.stringify(data, null, 2)
}
