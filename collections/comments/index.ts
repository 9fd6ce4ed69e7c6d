import type { CollectionAfterReadHook, CollectionConfig, Where } from 'payload'
import { anyone, fieldIsRole, hasRole, isRole, PUBLISHER_ROLES, type RoleUser, newsroomOnly } from '@/access'
import { COMMENT_LIMITS } from '@/comments/rules'
import { guardPublicComment } from './hooks/guardPublicComment'

const APPROVED: Where = { status: { equals: 'approved' } }

/**
 * A reader's comment (as answered to the one who posted it, or in the public list) names its
 * article by id, title and address, not the whole populated article.
 */
const articleInBrief: CollectionAfterReadHook = ({ doc, req }) => {
  const article = doc?.article
  if (req.user || !article || typeof article !== 'object') return doc
  const { id, title, slug } = article as { id: unknown; title?: unknown; slug?: unknown }
  return { ...doc, article: { id, title, slug } }
}

/** Readers' comments: anyone posts, they wait as pending, editors moderate. */
export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: { singular: 'Bình luận', plural: 'Bình luận' },
  admin: {
    hidden: newsroomOnly,
    useAsTitle: 'authorName',
    defaultColumns: ['authorName', 'article', 'status', 'createdAt'],
    group: 'Tin bài',
    listSearchableFields: ['authorName', 'body'],
  },
  access: {
    read: ({ req: { user } }) => (hasRole(user as RoleUser, ...PUBLISHER_ROLES) ? true : APPROVED),
    create: anyone,
    update: isRole(...PUBLISHER_ROLES),
    delete: isRole(...PUBLISHER_ROLES),
  },
  hooks: { beforeValidate: [guardPublicComment], afterRead: [articleInBrief] },
  fields: [
    { name: 'article', label: 'Bài viết', type: 'relationship', relationTo: 'articles', required: true, index: true },
    { name: 'authorName', label: 'Tên hiển thị', type: 'text', required: true, maxLength: COMMENT_LIMITS.name },
    {
      name: 'email',
      label: 'Email (không công khai)',
      type: 'email',
      required: true,
      access: { read: fieldIsRole(...PUBLISHER_ROLES), update: fieldIsRole(...PUBLISHER_ROLES) },
    },
    { name: 'body', label: 'Nội dung', type: 'textarea', required: true, maxLength: COMMENT_LIMITS.body },
    {
      name: 'status',
      label: 'Trạng thái',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: 'Chờ duyệt' },
        { value: 'approved', label: 'Đã duyệt' },
        { value: 'rejected', label: 'Từ chối' },
        { value: 'spam', label: 'Spam' },
      ],
      access: { create: fieldIsRole(...PUBLISHER_ROLES), update: fieldIsRole(...PUBLISHER_ROLES) },
      admin: { position: 'sidebar' },
    },
    {
      name: 'clientKey',
      type: 'text',
      admin: { hidden: true },
      access: { read: fieldIsRole('admin'), create: () => false, update: () => false },
    },
  ],
}
