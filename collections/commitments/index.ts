import type { CollectionConfig } from 'payload'
import { isRole } from '@/access'
import { readOwnOrganizations, writeOwnOrganizations } from '@/access/organizationScope'
import { EDITABLE_STAGES, EVALUATION_RESULTS } from '@/workflow'
import { fileCommitmentInDossier } from './hooks/fileInDossier'
import { dateOnly } from '@/fields/dateOnly'

const dossierEditable = { 'dossier.stage': { in: EDITABLE_STAGES } }

/**
 * Phiếu cam kết và kế hoạch khắc phục cá nhân: the district merged the member's commitment and
 * personal remedy plan into one form "to avoid overlap and cut paperwork". One per member per
 * year, filed in the organisation's dossier and locked with it.
 */
export const Commitments: CollectionConfig = {
  slug: 'commitments',
  labels: { singular: 'Phiếu cam kết, khắc phục', plural: 'Phiếu cam kết, khắc phục' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'member', 'year', 'result'],
    group: 'Hồ sơ Đề án 05',
  },
  access: {
    read: readOwnOrganizations('organization'),
    create: isRole('admin', 'org-officer'),
    update: writeOwnOrganizations('organization', dossierEditable),
    delete: writeOwnOrganizations('organization', dossierEditable),
  },
  hooks: { beforeChange: [fileCommitmentInDossier] },
  // The progress figures count a year's commitments by result (src/progress/queries.ts).
  indexes: [{ fields: ['year', 'result'] }],
  fields: [
    { name: 'title', type: 'text', admin: { hidden: true } },
    {
      name: 'dossier',
      label: 'Thuộc hồ sơ',
      type: 'relationship',
      relationTo: 'dossiers',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'member',
      label: 'Đảng viên',
      type: 'relationship',
      relationTo: 'members',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'organization',
      label: 'Tổ chức',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'year', label: 'Năm', type: 'number', index: true, admin: { readOnly: true, position: 'sidebar' } },
    {
      type: 'tabs',
      tabs: [
        {
          label: '1. Tự nhận diện',
          fields: [
            {
              name: 'identified',
              label: 'Biểu hiện tự nhận diện',
              labels: { singular: 'Biểu hiện', plural: 'Biểu hiện' },
              type: 'array',
              fields: [
                {
                  name: 'indicator',
                  label: 'Biểu hiện',
                  type: 'relationship',
                  relationTo: 'indicators',
                  required: true,
                },
                { name: 'note', label: 'Tự liên hệ', type: 'textarea' },
              ],
            },
          ],
        },
        {
          label: '2. Cam kết và kế hoạch khắc phục',
          fields: [
            { name: 'commitment', label: 'Nội dung cam kết', type: 'textarea', required: true },
            {
              name: 'planItems',
              label: 'Kế hoạch khắc phục cá nhân',
              labels: { singular: 'Biện pháp', plural: 'Biện pháp' },
              type: 'array',
              fields: [
                { name: 'measure', label: 'Biện pháp', type: 'textarea', required: true },
                {
                  name: 'indicators',
                  label: 'Khắc phục biểu hiện',
                  type: 'relationship',
                  relationTo: 'indicators',
                  hasMany: true,
                },
                { name: 'deadline', label: 'Thời hạn', type: 'date', admin: dateOnly },
              ],
            },
          ],
        },
        {
          label: '3. Kết quả cuối năm',
          fields: [
            { name: 'result', label: 'Kết quả khắc phục', type: 'select', options: [...EVALUATION_RESULTS] },
            { name: 'resultNote', label: 'Nhận xét của chi bộ', type: 'textarea' },
          ],
        },
      ],
    },
  ],
}
