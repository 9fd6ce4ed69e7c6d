import { APIError, type CollectionAfterChangeHook, type CollectionBeforeDeleteHook } from 'payload'
import { syncIndicator } from '../../../src/search/sync'

/** A group that still holds indicators cannot be deleted; move or delete them first. */
export const refuseDeletingNonEmptyGroup: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'indicators', where: { group: { equals: id } }, overrideAccess: true, req })
  if (totalDocs > 0) throw new APIError(`Nhóm còn ${totalDocs} biểu hiện; hãy chuyển hoặc xóa các biểu hiện trước.`, 400, null, true)
}

/** Indicators carry their group's name in the search index. */
export const reindexGroupIndicators: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (operation !== 'update' || previousDoc?.name === doc.name) return doc
  const { docs } = await req.payload.find({
    collection: 'indicators',
    where: { group: { equals: doc.id } },
    pagination: false,
    depth: 0,
    select: { code: true },
    overrideAccess: true,
    req,
  })
  for (const d of docs) await syncIndicator({ payload: req.payload, req }, d.id)
  return doc
}
