import type { CollectionAfterChangeHook } from 'payload'
import { syncIndicator } from '@/search/sync'

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
