import type { Field } from 'payload'
import { SUBJECT_TYPES } from '@/progress/inspections'

/**
 * Who an inspection or a disciplinary decision is about: an organisation or a member,
 * chosen by a radio that shows the matching relationship.
 */
export function subjectFields(defaultSubject: 'organization' | 'member'): Field[] {
  return [
    {
      name: 'subjectType',
      label: 'Đối tượng',
      type: 'radio',
      required: true,
      defaultValue: defaultSubject,
      options: [...SUBJECT_TYPES],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organization',
          label: 'Tổ chức đảng',
          type: 'relationship',
          relationTo: 'organizations',
          index: true,
          admin: { condition: (_, s) => s?.subjectType === 'organization' },
        },
        {
          name: 'member',
          label: 'Đảng viên',
          type: 'relationship',
          relationTo: 'members',
          index: true,
          admin: { condition: (_, s) => s?.subjectType === 'member' },
        },
      ],
    },
    {
      // The organisation the record belongs to (the subject, or the member's cell), written by
      // the subject check: an inspector reads the records of their own committee's organisations.
      name: 'scopeOrganization',
      label: 'Thuộc tổ chức đảng',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      admin: { hidden: true },
    },
  ]
}
