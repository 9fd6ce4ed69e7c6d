import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { removeEntry, syncArticle } from '../../../src/search/sync'

/** Publish, unpublish, scheduled publish and draft saves all pass here; the index follows what is live. */
export const indexArticleForSearch: CollectionAfterChangeHook = async ({ doc, req }) => {
  await syncArticle({ payload: req.payload, req }, doc.id)
  return doc
}

export const removeArticleFromSearch: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await removeEntry({ payload: req.payload, req }, 'article', String(doc.id))
  return doc
}
