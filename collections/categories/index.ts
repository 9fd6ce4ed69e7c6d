import type { CollectionConfig } from 'payload'
import { anyone, isRole, PUBLISHER_ROLES, newsroomOnly } from '@/access'
import { slugField } from '@/fields/slug'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Chuyên mục', plural: 'Chuyên mục' },
  admin: { hidden: newsroomOnly, useAsTitle: 'title', defaultColumns: ['title', 'slug', 'parent'], group: 'Tin bài' },
  access: {
    read: anyone,
    create: isRole(...PUBLISHER_ROLES),
    update: isRole(...PUBLISHER_ROLES),
    delete: isRole(...PUBLISHER_ROLES),
  },
  fields: [
    { name: 'title', label: 'Tên chuyên mục', type: 'text', required: true },
    slugField('title'),
    { name: 'description', label: 'Giới thiệu', type: 'textarea' },
    { name: 'order', label: 'Thứ tự trên trang chủ', type: 'number', defaultValue: 100 },
  ],
}
