import { APIError, type CollectionBeforeOperationHook } from 'payload'

export const MAX_DOCUMENT_FILE_MB = Number(process.env.DOCUMENT_FILE_MAX_MB) || 20

const ALLOWED = /\.(pdf|docx)$/i
// What the first bytes of each accepted kind must be: a PDF header, or a ZIP (DOCX) header.
const SIGNATURES: Record<string, string> = { pdf: '%PDF-', docx: 'PK\u0003\u0004' }

/**
 * Refuses oversized files and anything but PDF or DOCX with a Vietnamese message before
 * anything is stored; Payload then still checks the file's real content type.
 */
export const checkUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const { name = '', size = 0 } = req.file
  if (!ALLOWED.test(name)) {
    throw new APIError(`Tệp "${name}" không được nhận: chỉ nhận tệp PDF (.pdf) hoặc Word (.docx).`, 400, null, true)
  }
  if (size > MAX_DOCUMENT_FILE_MB * 1024 * 1024) {
    throw new APIError(`Tệp "${name}" quá lớn: tối đa ${MAX_DOCUMENT_FILE_MB} MB.`, 413, null, true)
  }
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase()
  const head = req.file.data?.subarray(0, 5).toString('latin1') ?? ''
  if (req.file.data?.length && !head.startsWith(SIGNATURES[ext])) {
    throw new APIError(`Tệp "${name}" không phải tệp ${ext.toUpperCase()} hợp lệ (nội dung không khớp đuôi tệp).`, 400, null, true)
  }
  return args
}
