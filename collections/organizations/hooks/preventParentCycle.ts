import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { withDescendants } from '@/access/organizationScope'

/** An organisation cannot sit below itself: scopes are computed by walking the tree. */
export const preventParentCycle: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !data?.parent || !originalDoc?.id) return data
  const parent = String(typeof data.parent === 'object' ? data.parent.id : data.parent)
  const below = await withDescendants(req, [String(originalDoc.id)])
  if (below.includes(parent)) {
    throw new APIError('Không thể đặt tổ chức trực thuộc chính nó hoặc một tổ chức cấp dưới của nó.', 400, null, true)
  }
  return data
}
