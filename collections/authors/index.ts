import type { CollectionConfig } from 'payload'
import { anyone, isRole, NEWSROOM_ROLES, PUBLISHER_ROLES, newsroomOnly } from '@/access'
import { slugField } from '@/fields/slug'

/** Bylines and pen names; not user accounts. */
export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: { singular: 'Tác giả', plural: 'Tác giả' },
  admin: { hidden: newsroomOnly, useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Tin bài' },
  access: {
    read: anyone,
    create: isRole(...NEWSROOM_ROLES),
    update: isRole(...NEWSROOM_ROLES),
    delete: isRole(...PUBLISHER_ROLES),
  },
  fields: [
    { name: 'name', label: 'Tên / bút danh', type: 'text', required: true },
    slugField('name'),
    { name: 'bio', label: 'Giới thiệu ngắn', type: 'textarea', maxLength: 600 },
    {
      name: 'user',
      label: 'Tài khoản liên kết',
      type: 'relationship',
      relationTo: 'users',
      access: { read: ({ req: { user } }) => Boolean(user) },
    },
  ],
}
