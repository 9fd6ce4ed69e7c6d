import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { PUBLIC_DOCUMENT } from '@/documents/access'

type Attachment = { file?: unknown }

const fileIds = (doc: unknown): string[] => {
  const list = (doc as { attachments?: Attachment[] } | null)?.attachments
  if (!Array.isArray(list)) return []
  return list
    .map((a) => (a?.file && typeof a.file === 'object' ? (a.file as { id?: unknown }).id : a?.file))
    .filter((id): id is string | number => id !== null && id !== undefined && id !== '')
    .map(String)
}

/**
 * A file is public exactly while some published, public document attaches it. Recomputed
 * from the stored documents (not from this save alone) because one file may be attached
 * to several documents and a draft save does not change what the public sees.
 */
export async function refreshFileVisibility(req: PayloadRequest, ids: string[]): Promise<void> {
  for (const id of new Set(ids)) {
    const { totalDocs } = await req.payload.count({
      collection: 'guidance-documents',
      where: {
        and: [{ 'attachments.file': { equals: id } }, PUBLIC_DOCUMENT],
      },
      overrideAccess: true,
      req,
    })
    const file = await req.payload.findByID({
      collection: 'document-files',
      id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!file) continue
    const isPublic = totalDocs > 0
    if (Boolean((file as { isPublic?: boolean }).isPublic) !== isPublic) {
      await req.payload.update({
        collection: 'document-files',
        id,
        data: { isPublic },
        overrideAccess: true,
        req,
        depth: 0,
      })
    }
  }
}

export const shareAttachments: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await refreshFileVisibility(req, [...fileIds(doc), ...fileIds(previousDoc)])
  return doc
}

export const unshareAttachmentsOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshFileVisibility(req, fileIds(doc))
  return doc
}
