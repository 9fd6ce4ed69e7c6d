import type { CollectionConfig } from 'payload'
import { isRole } from '@/access'
import { readOwnOrganizations, writeOwnOrganizations } from '@/access/organizationScope'
import { checkMemberOrganization } from './hooks/checkMemberOrganization'

export const MEMBER_STANDINGS = [
  { value: 'full', label: 'Chính thức' },
  { value: 'probationary', label: 'Dự bị' },
] as const

/**
 * Party members (đảng viên). Personal data: only what the dossiers need, nothing more, and
 * visible only to the district boards and the officers of the member's own organisations.
 */
export const Members: CollectionConfig = {
  slug: 'members',
  labels: { singular: 'Đảng viên', plural: 'Đảng viên' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organization', 'standing', 'position'],
    group: 'Tổ chức và đảng viên',
  },
  access: {
    read: readOwnOrganizations('organization'),
    create: isRole('admin', 'org-officer'),
    update: writeOwnOrganizations('organization'),
    delete: writeOwnOrganizations('organization'),
  },
  hooks: { beforeChange: [checkMemberOrganization] },
  fields: [
    { name: 'name', label: 'Họ và tên', type: 'text', required: true },
    {
      name: 'organization',
      label: 'Chi bộ',
      type: 'relationship',
      relationTo: 'organizations',
      required: true,
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'standing',
          label: 'Đảng viên',
          type: 'select',
          required: true,
          defaultValue: 'full',
          options: [...MEMBER_STANDINGS],
        },
        { name: 'position', label: 'Chức vụ', type: 'text' },
      ],
    },
  ],
}
