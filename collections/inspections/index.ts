import type { CollectionConfig } from 'payload'
import { isRole } from '@/access'
import { inspectionCommitteeScope } from '@/access/organizationScope'
import { INSPECTION_ROLES } from '@/access/progress'
import { subjectFields } from '@/fields/subject'
import { INSPECTION_FINDINGS, INSPECTION_KINDS, inspectionKindLabel } from '@/progress/inspections'
import { checkSubject } from './hooks/checkSubject'
import { dateOnly } from '@/fields/dateOnly'

const inspectionCommittee = isRole(...INSPECTION_ROLES)

/**
 * Cuộc kiểm tra, giám sát of the inspection committee: of an organisation or of a member, of a
 * kind, begun on a date, with its finding. Only the committee and admins see any of it.
 */
export const Inspections: CollectionConfig = {
  slug: 'inspections',
  labels: { singular: 'Cuộc kiểm tra, giám sát', plural: 'Kiểm tra, giám sát' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startedAt', 'finding'],
    group: 'Kiểm tra, kỷ luật',
    description: 'Chỉ Ủy ban Kiểm tra và quản trị hệ thống xem và ghi được.',
  },
  defaultSort: '-startedAt',
  // Every change to a record is kept: who changed a finding or a decision, and when.
  versions: { maxPerDoc: 50 },
  access: {
    // The committee's own district (or the province's, for the province's committee).
    read: inspectionCommitteeScope('scopeOrganization'),
    readVersions: inspectionCommitteeScope('version.scopeOrganization'),
    create: inspectionCommittee,
    update: inspectionCommitteeScope('scopeOrganization'),
    delete: inspectionCommitteeScope('scopeOrganization'),
  },
  hooks: {
    beforeChange: [checkSubject((d, name) => `${inspectionKindLabel(String(d.kind ?? ''))}: ${name}`)],
  },
  fields: [
    { name: 'title', label: 'Cuộc kiểm tra', type: 'text', admin: { hidden: true } },
    ...subjectFields('organization'),
    { name: 'kind', label: 'Loại', type: 'select', required: true, index: true, options: [...INSPECTION_KINDS] },
    {
      type: 'row',
      fields: [
        { name: 'startedAt', label: 'Ngày bắt đầu', type: 'date', required: true, index: true, admin: dateOnly },
        { name: 'endedAt', label: 'Ngày kết thúc', type: 'date', admin: dateOnly },
        { name: 'decisionNumber', label: 'Số quyết định kiểm tra', type: 'text' },
      ],
    },
    {
      name: 'finding',
      label: 'Kết luận',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: [...INSPECTION_FINDINGS],
    },
    { name: 'conclusion', label: 'Nội dung kết luận', type: 'textarea', maxLength: 10000 },
    {
      name: 'relatedIndicators',
      label: 'Biểu hiện suy thoái liên quan',
      type: 'relationship',
      relationTo: 'indicators',
      hasMany: true,
    },
  ],
}
