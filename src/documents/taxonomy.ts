import { optionLabel, type Option } from '@/fields/options'
import { vietnamYear } from '@/vietnamese'

/** The kinds of guidance documents, in the order a Party committee's registry lists them. */
export const DOCUMENT_TYPES = [
  { value: 'nghi-quyet', label: 'Nghị quyết' },
  { value: 'chi-thi', label: 'Chỉ thị' },
  { value: 'ket-luan', label: 'Kết luận' },
  { value: 'quy-dinh', label: 'Quy định' },
  { value: 'ke-hoach', label: 'Kế hoạch' },
  { value: 'huong-dan', label: 'Hướng dẫn' },
  { value: 'cong-van', label: 'Công văn' },
  { value: 'thong-bao', label: 'Thông báo' },
  { value: 'bieu-mau', label: 'Biểu mẫu' },
] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]['value']

export const DOCUMENT_STATUSES = [
  { value: 'in-force', label: 'Còn hiệu lực' },
  { value: 'superseded', label: 'Đã được thay thế' },
  { value: 'withdrawn', label: 'Đã thu hồi' },
] as const
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number]['value']

export const DOCUMENT_VISIBILITIES = [
  { value: 'public', label: 'Công khai' },
  { value: 'internal', label: 'Nội bộ (chỉ cán bộ)' },
] as const

export const DOCUMENT_RELATIONS = [
  { value: 'implements', label: 'Thực hiện / cụ thể hóa', inverse: 'Được cụ thể hóa bởi' },
  { value: 'replaces', label: 'Thay thế', inverse: 'Được thay thế bởi' },
  { value: 'related', label: 'Liên quan', inverse: 'Liên quan' },
] as const
export type DocumentRelation = (typeof DOCUMENT_RELATIONS)[number]['value']

export const ATTACHMENT_KINDS = [
  { value: 'main', label: 'Toàn văn' },
  { value: 'appendix', label: 'Phụ lục' },
  { value: 'template', label: 'Mẫu để tải về' },
] as const

const labelOf = (list: readonly Option[], value: unknown) => optionLabel(list, value, '')

export const documentTypeLabel = (v: unknown) => labelOf(DOCUMENT_TYPES, v)
export const documentStatusLabel = (v: unknown) => labelOf(DOCUMENT_STATUSES, v)
export const attachmentKindLabel = (v: unknown) => labelOf(ATTACHMENT_KINDS, v)
export const isDocumentType = (v: unknown): v is DocumentType => DOCUMENT_TYPES.some((t) => t.value === v)
export const isDocumentStatus = (v: unknown): v is DocumentStatus => DOCUMENT_STATUSES.some((t) => t.value === v)

/** "Kế hoạch 73-KH/HU" plus the year, the readable part of a document's address. */
export function documentSlugSource(data: {
  type?: unknown
  number?: unknown
  issuedAt?: unknown
  title?: unknown
}): string | undefined {
  const number = typeof data.number === 'string' ? data.number.trim() : ''
  if (!number) return typeof data.title === 'string' ? data.title : undefined
  const year = typeof data.issuedAt === 'string' && data.issuedAt ? vietnamYear(data.issuedAt) : ''
  return [documentTypeLabel(data.type), number, year].filter(Boolean).join(' ')
}
