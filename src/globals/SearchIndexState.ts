import type { GlobalConfig } from 'payload'
import { anyone, nobody } from '@/access'

/**
 * When the search index last changed and how many entries it has lost so far. Each
 * server's in-memory mirror of the index reads this one row before a search to learn
 * whether it must catch up. Holds no content; written only by the index's own hooks.
 */
export const SearchIndexState: GlobalConfig = {
  slug: 'search-index-state',
  label: 'Trạng thái chỉ mục tìm kiếm',
  admin: { group: 'Hệ thống', hidden: true },
  access: { read: anyone, update: nobody },
  fields: [
    { name: 'changedAt', label: 'Thay đổi lần cuối', type: 'text' },
    { name: 'removals', label: 'Số mục đã gỡ', type: 'number', defaultValue: 0 },
  ],
}
