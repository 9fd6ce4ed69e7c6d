import { isDocumentStatus, isDocumentType, type DocumentStatus, type DocumentType } from './taxonomy'

/** What a reader filters the document list by (/van-ban?loai=…&co-quan=…&nam=…&tinh-trang=…&trang=…). */
export type DocumentFilters = {
  type?: DocumentType
  issuer?: string
  year?: number
  status?: DocumentStatus
  page: number
}

/** Filters from the query string; anything unknown is ignored rather than an error. */
export function parseDocumentFilters(sp: Record<string, string | string[] | undefined>): DocumentFilters {
  const one = (k: string) => {
    const v = sp[k]
    return (Array.isArray(v) ? v[0] : v)?.trim() || undefined
  }
  const year = Number(one('nam'))
  const page = Number(one('trang'))
  return {
    type: isDocumentType(one('loai')) ? (one('loai') as DocumentType) : undefined,
    issuer: one('co-quan')?.slice(0, 200),
    year: Number.isInteger(year) && year >= 1930 && year <= 2100 ? year : undefined,
    status: isDocumentStatus(one('tinh-trang')) ? (one('tinh-trang') as DocumentStatus) : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  }
}
