import { searchIndexHooks } from '@/search/hooks'
import { syncDocument } from '@/search/sync'

/** Only public, published documents are indexed: internal ones and drafts lose their entry. */
export const { afterChange: indexDocumentForSearch, afterDelete: removeDocumentFromSearch } = searchIndexHooks(
  'document',
  syncDocument,
)
