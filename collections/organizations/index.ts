import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../src/access'
import { readOwnOrganizations } from '../../src/access/organizationScope'
import { ORGANIZATION_KINDS, ORGANIZATION_SECTORS } from '@/organizations'
import { preventParentCycle } from './hooks/preventParentCycle'
import { dateOnly } from '@/fields/dateOnly'

/**
 * Party organisations: restricted. District boards read the whole tree; an org-officer reads
 * the organisations on their account and those below; nobody else reads any.
 */
export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: { singular: 'Tổ chức đảng', plural: 'Tổ chức đảng' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'kind', 'sector'], group: 'Tổ chức và đảng viên' },
  access: {
    read: readOwnOrganizations('id'),
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: { beforeChange: [preventParentCycle] },
  fields: [
    { name: 'name', label: 'Tên tổ chức', type: 'text', required: true },
    { name: 'code', label: 'Mã', type: 'text', required: true, unique: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'kind', label: 'Loại hình', type: 'select', required: true, options: [...ORGANIZATION_KINDS] },
        { name: 'sector', label: 'Khối', type: 'select', options: [...ORGANIZATION_SECTORS] },
      ],
    },
    { name: 'parent', label: 'Trực thuộc', type: 'relationship', relationTo: 'organizations', index: true },
    {
      type: 'row',
      fields: [
        { name: 'establishedAt', label: 'Ngày thành lập', type: 'date', admin: dateOnly },
        { name: 'dissolvedAt', label: 'Ngày giải thể', type: 'date', admin: dateOnly },
      ],
    },
  ],
}
