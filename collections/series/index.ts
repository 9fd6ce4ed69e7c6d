import type { CollectionConfig } from 'payload'
import { anyone, isRole, PUBLISHER_ROLES, newsroomOnly } from '@/access'
import { slugField } from '@/fields/slug'

export const Series: CollectionConfig = {
  slug: 'series',
  labels: { singular: 'Loạt bài', plural: 'Loạt bài' },
  admin: { hidden: newsroomOnly, useAsTitle: 'title', defaultColumns: ['title', 'slug'], group: 'Tin bài' },
  access: {
    read: anyone,
    create: isRole(...PUBLISHER_ROLES),
    update: isRole(...PUBLISHER_ROLES),
    delete: isRole(...PUBLISHER_ROLES),
  },
  fields: [
    { name: 'title', label: 'Tên loạt bài', type: 'text', required: true },
    slugField('title'),
    { name: 'description', label: 'Giới thiệu', type: 'textarea' },
  ],
}
