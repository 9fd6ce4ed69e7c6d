import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { isEditableStage, lockedMessage, STAGE_CHANGE_REFUSED } from '@/workflow'

/**
 * The last line: whatever path reaches the database (version restore, bulk edit, server code),
 * the stage moves only inside a workflow transition, and a locked dossier does not change.
 */
export const keepStageInWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (req.context?.dossierTransition || req.context?.dossierReviewNote) return data
  if (operation === 'create') {
    if (data.stage && data.stage !== 'draft') throw new APIError(STAGE_CHANGE_REFUSED, 400, null, true)
    return { ...data, stage: 'draft' }
  }
  // Restoring an older version brings back its content, never its stage.
  if (req.context?.isRestoringVersion) data.stage = originalDoc?.stage
  if (data.stage !== undefined && data.stage !== originalDoc?.stage)
    throw new APIError(STAGE_CHANGE_REFUSED, 400, null, true)
  if (!isEditableStage(originalDoc?.stage)) throw new APIError(lockedMessage(originalDoc?.stage), 409, null, true)
  return data
}
