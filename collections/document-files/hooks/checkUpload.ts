import { APIError, type CollectionBeforeOperationHook } from 'payload'

export const MAX_DOCUMENT_FILE_MB = Number(process.env.DOCUMENT_FILE_MAX_MB) || 20

const ALLOWED = /\.(pdf|docx)$/i

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
  return args
}
