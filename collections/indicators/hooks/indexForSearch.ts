import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { removeEntry, syncIndicator } from '../../../src/search/sync'

export const indexIndicatorForSearch: CollectionAfterChangeHook = async ({ doc, req }) => {
  await syncIndicator({ payload: req.payload, req }, doc.id)
  return doc
}

export const removeIndicatorFromSearch: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await removeEntry({ payload: req.payload, req }, 'indicator', String(doc.id))
  return doc
}
