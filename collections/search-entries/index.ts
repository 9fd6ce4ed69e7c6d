import type { CollectionConfig } from 'payload'
import { hasRole, isAdmin, nobody, type RoleUser } from '@/access'
import { SEARCH_KINDS } from '@/search/rank'

/**
 * The site search index. Entries are written only by the hooks of articles, guidance
 * documents and indicators, and only for what the public may read; the read rule repeats
 * that limit so that the index can never show more than the pages do.
 */
export const SearchEntries: CollectionConfig = {
  slug: 'search-entries',
  labels: { singular: 'Mục chỉ mục tìm kiếm', plural: 'Chỉ mục tìm kiếm' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'date', 'url'],
    group: 'Hệ thống',
    hidden: ({ user }) => !hasRole(user as RoleUser, 'admin'),
    description: 'Tự cập nhật khi bài viết, văn bản, biểu hiện được xuất bản, gỡ, đổi chế độ công khai hoặc xóa.',
  },
  access: {
    read: ({ req: { user } }) => (hasRole(user as RoleUser, 'admin') ? true : { isPublic: { equals: true } }),
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'kind',
      label: 'Loại',
      type: 'select',
      required: true,
      options: SEARCH_KINDS.map((k) => ({
        value: k,
        label: { article: 'Bài viết', document: 'Văn bản', indicator: 'Biểu hiện' }[k],
      })),
    },
    { name: 'refId', label: 'Mã nguồn', type: 'text', required: true, index: true },
    { name: 'title', label: 'Tiêu đề', type: 'text', required: true },
    { name: 'url', label: 'Đường dẫn', type: 'text', required: true },
    { name: 'meta', label: 'Thông tin phụ', type: 'text' },
    { name: 'text', label: 'Nội dung', type: 'textarea' },
    { name: 'titleWords', label: 'Từ của tiêu đề (đã bỏ dấu)', type: 'textarea' },
    { name: 'words', label: 'Từ (đã bỏ dấu)', type: 'textarea' },
    { name: 'code', label: 'Số / mã (đã bỏ dấu)', type: 'text' },
    { name: 'date', label: 'Ngày', type: 'date' },
    // Not indexed on purpose: every entry is public, and an index here would lure SQLite's
    // planner into scanning the whole table for `isPublic = true AND id IN (…)`.
    { name: 'isPublic', label: 'Công khai', type: 'checkbox', defaultValue: false },
  ],
}
