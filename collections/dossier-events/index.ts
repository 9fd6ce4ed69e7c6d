import type { CollectionConfig } from 'payload'
import { nobody } from '@/access'
import { readOwnOrganizations } from '@/access/organizationScope'
import { SUGGESTION_EVENT_ACTIONS } from '@/suggest/decisions'
import { ACTIONS, STAGES } from '@/workflow'
import { refuseEventDelete, refuseEventUpdate } from './hooks/appendOnly'

const stageOptions = STAGES.map((s) => ({ value: s.value, label: s.label }))

/**
 * Nhật ký hồ sơ: one row per transition, written by the workflow in the same transaction as
 * the stage change. Append-only: nobody updates or deletes a row, not even an admin.
 */
export const DossierEvents: CollectionConfig = {
  slug: 'dossier-events',
  labels: { singular: 'Nhật ký hồ sơ', plural: 'Nhật ký hồ sơ' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'dossier', 'action', 'fromStage', 'toStage', 'actorName'],
    group: 'Hồ sơ Đề án 05',
  },
  defaultSort: '-at',
  access: {
    read: readOwnOrganizations('organization'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: {
    beforeChange: [refuseEventUpdate],
    beforeDelete: [refuseEventDelete],
  },
  fields: [
    { name: 'summary', label: 'Nội dung', type: 'text', admin: { readOnly: true } },
    {
      name: 'dossier',
      label: 'Hồ sơ',
      type: 'relationship',
      relationTo: 'dossiers',
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'organization',
      label: 'Tổ chức đảng',
      type: 'relationship',
      relationTo: 'organizations',
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    { name: 'year', label: 'Năm', type: 'number', admin: { readOnly: true } },
    {
      name: 'action',
      label: 'Thao tác',
      type: 'select',
      required: true,
      options: [...ACTIONS, ...SUGGESTION_EVENT_ACTIONS].map((a) => ({ value: a.value, label: a.label })),
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'fromStage',
          label: 'Từ bước',
          type: 'select',
          required: true,
          options: stageOptions,
          admin: { readOnly: true },
        },
        {
          name: 'toStage',
          label: 'Sang bước',
          type: 'select',
          required: true,
          options: stageOptions,
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'actor', label: 'Người thực hiện', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'actorName', label: 'Người thực hiện', type: 'text', admin: { readOnly: true } },
    {
      name: 'at',
      label: 'Thời điểm',
      type: 'date',
      required: true,
      index: true,
      admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
    { name: 'note', label: 'Lý do / ghi chú', type: 'textarea', admin: { readOnly: true } },
    { name: 'remarks', label: 'Ý kiến theo từng mục', type: 'json', admin: { readOnly: true } },
  ],
}
