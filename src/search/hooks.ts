import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'
import type { SearchKind } from './rank'
import { removeEntry } from './sync'

type Sync = (ctx: { payload: Payload; req?: PayloadRequest }, id: string | number) => Promise<void>

/**
 * The two hooks that keep one collection in the search index: after every change (publish,
 * unpublish, scheduled publish, draft save) the entry follows what is live; after a delete
 * it goes.
 */
export function searchIndexHooks(
  kind: SearchKind,
  sync: Sync,
): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  return {
    afterChange: async ({ doc, req }) => {
      await sync({ payload: req.payload, req }, doc.id)
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      await removeEntry({ payload: req.payload, req }, kind, String(doc.id))
      return doc
    },
  }
}
