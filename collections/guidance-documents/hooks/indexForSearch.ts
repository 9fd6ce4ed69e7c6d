import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { removeEntry, syncDocument } from '../../../src/search/sync'

export const indexDocumentForSearch: CollectionAfterChangeHook = async ({ doc, req }) => {
  await syncDocument({ payload: req.payload, req }, doc.id)
  return doc
}

export const removeDocumentFromSearch: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await removeEntry({ payload: req.payload, req }, 'document', String(doc.id))
  return doc
}
