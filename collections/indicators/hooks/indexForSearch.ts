import { searchIndexHooks } from '@/search/hooks'
import { syncIndicator } from '@/search/sync'

export const { afterChange: indexIndicatorForSearch, afterDelete: removeIndicatorFromSearch } = searchIndexHooks(
  'indicator',
  syncIndicator,
)
