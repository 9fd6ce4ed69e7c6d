import type { CollectionConfig } from 'payload'
import { anyone, isAdmin } from '../../src/access'

/**
 * Placeholder for the indicator catalogue (biểu hiện), which is built on its own branch and
 * replaces this file; dossiers only need the slug and a code to point at.
 */
export const Indicators: CollectionConfig = {
  slug: 'indicators',
  labels: { singular: 'Biểu hiện', plural: 'Biểu hiện' },
  admin: { useAsTitle: 'title', defaultColumns: ['code', 'title', 'group'], group: 'Danh mục biểu hiện' },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'code', label: 'Mã', type: 'text', required: true, unique: true, index: true },
    { name: 'title', label: 'Tên biểu hiện', type: 'text', required: true },
    { name: 'group', label: 'Nhóm', type: 'text' },
  ],
}
