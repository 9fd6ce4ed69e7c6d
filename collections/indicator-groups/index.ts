import type { CollectionConfig } from 'payload'
import { anyone, isRole, PUBLISHER_ROLES } from '@/access'
import { DOCUMENT_EDITOR_ROLES } from '@/documents/access'
import { normalizeIndicatorCode } from '../indicators/hooks/checkIndicator'
import { reindexGroupIndicators } from './hooks/guardGroup'

/** Groups of the catalogue, e.g. the three groups of Resolution TW4 (khóa XII). Public. */
export const IndicatorGroups: CollectionConfig = {
  slug: 'indicator-groups',
  labels: { singular: 'Nhóm biểu hiện', plural: 'Nhóm biểu hiện' },
  admin: { useAsTitle: 'name', defaultColumns: ['code', 'name', 'order'], group: 'Danh mục biểu hiện' },
  defaultSort: 'order',
  access: {
    read: anyone,
    create: isRole(...DOCUMENT_EDITOR_ROLES),
    update: isRole(...DOCUMENT_EDITOR_ROLES),
    delete: isRole(...PUBLISHER_ROLES),
  },
  hooks: { afterChange: [reindexGroupIndicators] },
  fields: [
    {
      name: 'code',
      label: 'Mã nhóm',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 32,
      hooks: { beforeValidate: [({ value }) => normalizeIndicatorCode(value)] },
      admin: { description: 'Ví dụ: TT (tư tưởng chính trị).' },
    },
    { name: 'name', label: 'Tên nhóm', type: 'text', required: true, maxLength: 300 },
    { name: 'description', label: 'Mô tả', type: 'textarea', maxLength: 5000 },
    { name: 'order', label: 'Thứ tự', type: 'number', min: 0, admin: { position: 'sidebar' } },
    {
      name: 'sourceDocument',
      label: 'Văn bản ban hành',
      type: 'relationship',
      relationTo: 'guidance-documents',
      admin: { position: 'sidebar' },
    },
  ],
}
