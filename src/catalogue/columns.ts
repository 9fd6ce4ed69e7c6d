import { foldDiacritics } from '@/vietnamese'

/** A catalogue row as it travels in a file: one indicator and the group it belongs to. */
export type CatalogueRow = {
  groupCode: string
  groupName: string
  groupDescription: string
  code: string
  parentCode: string
  title: string
  explanation: string
  examples: string
  remedies: string
  documentNumber: string
  order: string
}

export type ColumnKey = keyof CatalogueRow

/** Column order and the Vietnamese headings written on export. */
export const COLUMNS: Array<{ key: ColumnKey; heading: string; aliases: string[] }> = [
  { key: 'groupCode', heading: 'Mã nhóm', aliases: ['group', 'group code'] },
  { key: 'groupName', heading: 'Tên nhóm', aliases: ['group name'] },
  { key: 'groupDescription', heading: 'Mô tả nhóm', aliases: ['group description'] },
  { key: 'code', heading: 'Mã biểu hiện', aliases: ['ma', 'code'] },
  { key: 'parentCode', heading: 'Mã biểu hiện gốc', aliases: ['ma goc', 'parent', 'parent code'] },
  { key: 'title', heading: 'Tên biểu hiện', aliases: ['ten', 'title'] },
  { key: 'explanation', heading: 'Giải thích', aliases: ['explanation'] },
  { key: 'examples', heading: 'Ví dụ thực tế', aliases: ['vi du', 'examples'] },
  { key: 'remedies', heading: 'Gợi ý khắc phục', aliases: ['khac phuc', 'remedies'] },
  {
    key: 'documentNumber',
    heading: 'Số văn bản ban hành',
    aliases: ['so van ban', 'van ban', 'document', 'document number'],
  },
  { key: 'order', heading: 'Thứ tự', aliases: ['order'] },
]

/** "Mã  biểu hiện", "ma_bieu_hien" and "groupCode" all become comparable keys. */
export function normalizeHeading(heading: string): string {
  return foldDiacritics(heading.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

const HEADING_TO_KEY = new Map<string, ColumnKey>()
for (const c of COLUMNS) {
  for (const name of [c.heading, c.key, ...c.aliases]) HEADING_TO_KEY.set(normalizeHeading(name), c.key)
}

export function columnForHeading(heading: string): ColumnKey | undefined {
  return HEADING_TO_KEY.get(normalizeHeading(heading))
}

export const REQUIRED_COLUMNS: ColumnKey[] = ['groupCode', 'code', 'title']

export const emptyRow = (): CatalogueRow => ({
  groupCode: '',
  groupName: '',
  groupDescription: '',
  code: '',
  parentCode: '',
  title: '',
  explanation: '',
  examples: '',
  remedies: '',
  documentNumber: '',
  order: '',
})
