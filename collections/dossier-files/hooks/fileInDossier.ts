import type { CollectionBeforeChangeHook } from 'payload'
import { loadParentDossier } from '@/workflow/server/parentDossier'

/** An attachment takes its dossier's organisation (for access) and is locked with it. */
export const fileAttachmentInDossier: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const moving = data.dossier !== undefined && String(data.dossier) !== String(originalDoc?.dossier ?? '')
  const dossier = await loadParentDossier(req, data.dossier ?? originalDoc?.dossier, 'đính kèm tài liệu vào hồ sơ', {
    checkScope: operation === 'create' || moving,
  })
  if (operation === 'update' && moving && originalDoc?.dossier) {
    await loadParentDossier(req, originalDoc.dossier, 'chuyển tài liệu', { checkScope: true })
  }
  return {
    ...data,
    organization: dossier.organization,
    year: dossier.year,
    title: data.title || originalDoc?.title || data.filename || originalDoc?.filename,
  }
}
