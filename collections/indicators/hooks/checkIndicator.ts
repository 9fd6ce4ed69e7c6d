import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { relationId } from '@/fields/relationships'

export { INDICATOR_CODE } from '@/catalogue/code'

export const normalizeIndicatorCode = (value: unknown) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value

/**
 * The catalogue has two levels: a specific indicator sits under a base indicator of the
 * same group, and a base indicator with specific ones under it stays a base indicator.
 */
export const checkIndicatorPlace: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const id = originalDoc?.id ? String(originalDoc.id) : null
  const parentId = relationId(data.parent !== undefined ? data.parent : originalDoc?.parent)
  const groupId = relationId(data.group !== undefined ? data.group : originalDoc?.group)
  if (!parentId) return data
  if (id && parentId === id) throw new APIError('Biểu hiện không thể là biểu hiện gốc của chính nó.', 400, null, true)
  const parent = await req.payload.findByID({
    collection: 'indicators',
    id: parentId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!parent) throw new APIError('Không tìm thấy biểu hiện gốc đã chọn.', 400, null, true)
  if (parent.parent)
    throw new APIError(`${parent.code} là biểu hiện cụ thể; chỉ gắn được vào một biểu hiện gốc.`, 400, null, true)
  if (relationId(parent.group) !== groupId)
    throw new APIError(`Biểu hiện gốc ${parent.code} thuộc nhóm khác.`, 400, null, true)
  if (id) {
    const { totalDocs } = await req.payload.count({
      collection: 'indicators',
      where: { parent: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0)
      throw new APIError(
        `Biểu hiện này đang có ${totalDocs} biểu hiện cụ thể nên phải là biểu hiện gốc.`,
        400,
        null,
        true,
      )
  }
  return data
}
