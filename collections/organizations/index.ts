import type { CollectionConfig } from 'payload'
import { isAdmin } from '@/access'
import { readOwnOrganizations } from '@/access/organizationScope'
import { preventParentCycle } from './hooks/preventParentCycle'

export const ORGANIZATION_KINDS = [
  { value: 'province', label: 'Đảng bộ tỉnh' },
  { value: 'district', label: 'Đảng bộ huyện' },
  { value: 'grassroots-committee', label: 'Đảng bộ cơ sở' },
  { value: 'grassroots-cell', label: 'Chi bộ cơ sở' },
  { value: 'section-committee', label: 'Đảng bộ bộ phận' },
  { value: 'cell', label: 'Chi bộ trực thuộc' },
] as const

export const ORGANIZATION_SECTORS = [
  { value: 'commune', label: 'Xã, thị trấn' },
  { value: 'agency', label: 'Cơ quan' },
  { value: 'enterprise', label: 'Doanh nghiệp' },
  { value: 'armed-forces', label: 'Lực lượng vũ trang' },
] as const

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
        {
          name: 'establishedAt',
          label: 'Ngày thành lập',
          type: 'date',
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
        { name: 'dissolvedAt', label: 'Ngày giải thể', type: 'date', admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
      ],
    },
  ],
}
