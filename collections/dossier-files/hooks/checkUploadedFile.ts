import { open } from 'node:fs/promises'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { checkRestrictedUpload, type SniffedType } from '@/uploads/sniff'

export const DOSSIER_FILE_TYPES: SniffedType[] = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp']

export function dossierFileMaxBytes(): number {
  const mb = Number(process.env.DOSSIER_FILE_MAX_MB || 10)
  return Math.max(1, mb) * 1024 * 1024
}

async function head(file: { data?: Buffer; tempFilePath?: string }): Promise<Uint8Array> {
  if (file.data && file.data.length > 0) return file.data.subarray(0, 16)
  if (!file.tempFilePath) return new Uint8Array()
  const handle = await open(file.tempFilePath, 'r')
  try {
    const buf = Buffer.alloc(16)
    const { bytesRead } = await handle.read(buf, 0, 16, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** Before anything is stored: size within the limit, and content that is really a PDF or an image. */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as { data?: Buffer; size?: number; tempFilePath?: string } | undefined
  if (!file) return args
  const bytes = await head(file)
  const verdict = checkRestrictedUpload(
    { size: Number(file.size ?? file.data?.length ?? 0), head: bytes },
    { maxBytes: dossierFileMaxBytes(), allowed: DOSSIER_FILE_TYPES },
  )
  if (!verdict.ok) throw new APIError(verdict.message, verdict.status, null, true)
  return args
}
