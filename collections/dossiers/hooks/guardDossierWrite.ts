import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { hasRole, type RoleUser } from '@/access'
import { isEditableStage, lockedMessage, STAGE_CHANGE_REFUSED } from '@/workflow'

/**
 * Every door (REST, GraphQL, admin form, Local API) updates through this operation, so a
 * stage change or an edit of a locked dossier is refused here with a message that says why,
 * before access rules would answer with a bare "forbidden".
 */
export const guardDossierWrite: CollectionBeforeOperationHook = async ({ args, operation, req, overrideAccess }) => {
  // The workflow and the reviewers' answers to suggestions write through their own checked endpoints.
  if (req.context?.dossierTransition || req.context?.dossierReviewNote) return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (operation === 'create') {
    if (data?.stage !== undefined && data.stage !== null && data.stage !== 'draft') {
      throw new APIError(`Hồ sơ mới luôn bắt đầu ở bước “Đang soạn”. ${STAGE_CHANGE_REFUSED}`, 400, null, true)
    }
    return args
  }
  if (operation !== 'update') return args
  const id = (args as { id?: string | number }).id
  const wantsStage = data !== undefined && data !== null && data.stage !== undefined && data.stage !== null
  if (id === undefined || id === null) {
    if (wantsStage) throw new APIError(STAGE_CHANGE_REFUSED, 400, null, true)
    return args
  }
  const current = await req.payload.findByID({
    collection: 'dossiers',
    id,
    depth: 0,
    select: { stage: true },
    overrideAccess: Boolean(overrideAccess),
    disableErrors: true,
    req,
  })
  if (!current) return args // unknown or unreadable: the access rules answer without telling which
  if (wantsStage && data?.stage !== current.stage) throw new APIError(STAGE_CHANGE_REFUSED, 400, null, true)
  const writer = overrideAccess || hasRole(req.user as RoleUser, 'admin', 'org-officer')
  if (writer && !isEditableStage(current.stage)) throw new APIError(lockedMessage(current.stage), 409, null, true)
  return args
}
