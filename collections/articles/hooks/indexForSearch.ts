import { searchIndexHooks } from '@/search/hooks'
import { syncArticle } from '@/search/sync'

export const { afterChange: indexArticleForSearch, afterDelete: removeArticleFromSearch } = searchIndexHooks(
  'article',
  syncArticle,
)
