import type { CollectionBeforeDeleteHook } from 'payload'
import { loadParentDossier } from '@/workflow/server/parentDossier'

/** Removing an attachment changes the dossier, so it obeys the dossier's lock too. */
export const refuseLockedDelete: CollectionBeforeDeleteHook = async ({ id, req, collection }) => {
  const found = await req.payload.find({
    collection: collection.slug as 'dossier-files',
    where: { id: { equals: id } },
    select: { dossier: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const doc = found.docs[0] as { dossier?: unknown } | undefined
  if (doc?.dossier) await loadParentDossier(req, doc.dossier, 'xóa tài liệu của hồ sơ', { checkScope: false })
}
