import type { CollectionConfig } from 'payload'
import { isRole } from '@/access'
import { inspectionCommitteeScope } from '@/access/organizationScope'
import { INSPECTION_ROLES } from '@/access/progress'
import { subjectFields } from '@/fields/subject'
import { DISCIPLINE_FORMS, disciplineFormLabel, VIOLATION_AREAS } from '@/progress/inspections'
import { checkSubject } from '../inspections/hooks/checkSubject'
import { checkForm } from './hooks/checkForm'
import { dateOnly } from '@/fields/dateOnly'

const inspectionCommittee = isRole(...INSPECTION_ROLES)

/**
 * Quyết định thi hành kỷ luật: of an organisation or of a member, its form and area of
 * violation, whether it relates to manifestations of degradation, and the decision itself.
 * Only the inspection committee and admins see any of it.
 */
export const DisciplinaryActions: CollectionConfig = {
  slug: 'disciplinary-actions',
  labels: { singular: 'Quyết định kỷ luật', plural: 'Thi hành kỷ luật' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'form', 'area', 'decidedAt', 'relatedToDegradation'],
    group: 'Kiểm tra, kỷ luật',
    description: 'Chỉ Ủy ban Kiểm tra và quản trị hệ thống xem và ghi được.',
  },
  defaultSort: '-decidedAt',
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
    beforeChange: [checkSubject((d, name) => `${disciplineFormLabel(String(d.form ?? ''))}: ${name}`), checkForm],
  },
  fields: [
    { name: 'title', label: 'Quyết định', type: 'text', admin: { hidden: true } },
    ...subjectFields('member'),
    {
      type: 'row',
      fields: [
        {
          name: 'form',
          label: 'Hình thức kỷ luật',
          type: 'select',
          required: true,
          index: true,
          options: DISCIPLINE_FORMS.map((f) => ({ value: f.value, label: f.label })),
          admin: {
            description:
              'Tổ chức: khiển trách, cảnh cáo, giải tán. Đảng viên: khiển trách, cảnh cáo, cách chức, khai trừ.',
          },
        },
        {
          name: 'area',
          label: 'Lĩnh vực vi phạm',
          type: 'select',
          required: true,
          index: true,
          options: VIOLATION_AREAS.map((a) => ({ value: a.value, label: a.label })),
        },
      ],
    },
    {
      name: 'relatedIndicators',
      label: 'Biểu hiện suy thoái liên quan',
      type: 'relationship',
      relationTo: 'indicators',
      hasMany: true,
    },
    {
      name: 'relatedToDegradation',
      label: 'Liên quan đến biểu hiện suy thoái',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { description: 'Tự động đánh dấu khi quyết định có gắn biểu hiện suy thoái.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'decisionNumber', label: 'Số quyết định', type: 'text', required: true },
        { name: 'decidedAt', label: 'Ngày quyết định', type: 'date', required: true, index: true, admin: dateOnly },
        {
          name: 'decidedBy',
          label: 'Cấp quyết định',
          type: 'text',
          admin: { placeholder: 'Ủy ban Kiểm tra Huyện ủy' },
        },
      ],
    },
    { name: 'inspection', label: 'Theo cuộc kiểm tra', type: 'relationship', relationTo: 'inspections' },
    { name: 'note', label: 'Ghi chú', type: 'textarea', maxLength: 10000 },
  ],
}
