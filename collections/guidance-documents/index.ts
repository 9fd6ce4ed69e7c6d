import type { CollectionConfig } from 'payload'
import { changeUnlessLive, createUnlessLive, isRole, PUBLISHER_ROLES } from '@/access'
import { DOCUMENT_EDITOR_ROLES, DOCUMENTS_LIVE, readGuidanceDocuments } from '@/documents/access'
import {
  ATTACHMENT_KINDS,
  DOCUMENT_RELATIONS,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  DOCUMENT_VISIBILITIES,
  documentSlugSource,
} from '@/documents/taxonomy'
import { slugField } from '@/fields/slug'
import { siteUrl } from '@/site'
import { indexDocumentForSearch, removeDocumentFromSearch } from './hooks/indexForSearch'
import { shareAttachments, unshareAttachmentsOnDelete } from './hooks/shareAttachments'
import { dateOnly } from '@/fields/dateOnly'

/** Resolutions, directives, plans, guidance and forms that staff work from and the public may read. */
export const GuidanceDocuments: CollectionConfig = {
  slug: 'guidance-documents',
  labels: { singular: 'Văn bản', plural: 'Văn bản' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'number', 'type', 'issuedAt', 'status', 'visibility', '_status'],
    group: 'Văn bản',
    listSearchableFields: ['title', 'number', 'issuer'],
    preview: (doc) => `${siteUrl()}/van-ban/${encodeURIComponent(String(doc?.slug ?? ''))}`,
  },
  access: {
    read: readGuidanceDocuments,
    readVersions: isRole(...DOCUMENT_EDITOR_ROLES),
    create: createUnlessLive(DOCUMENTS_LIVE),
    update: changeUnlessLive(DOCUMENTS_LIVE),
    delete: isRole(...PUBLISHER_ROLES),
  },
  versions: { maxPerDoc: 30, drafts: true },
  defaultSort: '-issuedAt',
  hooks: {
    afterChange: [shareAttachments, indexDocumentForSearch],
    afterDelete: [unshareAttachmentsOnDelete, removeDocumentFromSearch],
  },
  fields: [
    { name: 'title', label: 'Trích yếu (tên văn bản)', type: 'text', required: true, maxLength: 500 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Nội dung',
          fields: [
            { name: 'summary', label: 'Tóm tắt', type: 'textarea', maxLength: 3000 },
            { name: 'body', label: 'Nội dung văn bản', type: 'richText' },
            {
              name: 'attachments',
              label: 'Tệp đính kèm',
              labels: { singular: 'Tệp', plural: 'Tệp' },
              type: 'array',
              admin: { description: 'PDF hoặc DOCX. Với biểu mẫu, đính kèm mẫu để tải về với loại "Mẫu để tải về".' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'file', label: 'Tệp', type: 'upload', relationTo: 'document-files', required: true },
                    { name: 'label', label: 'Tên hiển thị', type: 'text' },
                    {
                      name: 'kind',
                      label: 'Loại',
                      type: 'select',
                      defaultValue: 'main',
                      options: [...ATTACHMENT_KINDS],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: 'Liên hệ và lịch sử',
          fields: [
            {
              name: 'relatedDocuments',
              label: 'Văn bản liên quan',
              labels: { singular: 'Văn bản', plural: 'Văn bản' },
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'relation',
                      label: 'Quan hệ',
                      type: 'select',
                      required: true,
                      defaultValue: 'implements',
                      options: DOCUMENT_RELATIONS.map(({ value, label }) => ({ value, label })),
                    },
                    {
                      name: 'document',
                      label: 'Văn bản',
                      type: 'relationship',
                      relationTo: 'guidance-documents',
                      required: true,
                      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
                    },
                  ],
                },
              ],
            },
            {
              name: 'changeHistory',
              label: 'Lịch sử thay đổi (công khai)',
              labels: { singular: 'Thay đổi', plural: 'Thay đổi' },
              type: 'array',
              admin: { description: 'Ghi những thay đổi lớn: sửa đổi, bổ sung, thay thế, thu hồi.' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'date', label: 'Ngày', type: 'date', required: true, admin: dateOnly },
                    { name: 'note', label: 'Nội dung thay đổi', type: 'textarea', required: true, maxLength: 2000 },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    slugField(documentSlugSource),
    {
      name: 'number',
      label: 'Số, ký hiệu',
      type: 'text',
      index: true,
      admin: { position: 'sidebar', description: 'Ví dụ: 73-KH/HU' },
    },
    {
      name: 'type',
      label: 'Loại văn bản',
      type: 'select',
      required: true,
      index: true,
      options: [...DOCUMENT_TYPES],
      admin: { position: 'sidebar' },
    },
    {
      name: 'issuer',
      label: 'Cơ quan ban hành',
      type: 'text',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'issuedAt',
      label: 'Ngày ban hành',
      type: 'date',
      required: true,
      index: true,
      admin: { position: 'sidebar', ...dateOnly },
    },
    { name: 'effectiveAt', label: 'Ngày hiệu lực', type: 'date', admin: { position: 'sidebar', ...dateOnly } },
    {
      name: 'status',
      label: 'Tình trạng hiệu lực',
      type: 'select',
      required: true,
      defaultValue: 'in-force',
      index: true,
      options: [...DOCUMENT_STATUSES],
      admin: { position: 'sidebar' },
    },
    {
      name: 'withdrawalReason',
      label: 'Lý do thu hồi (công khai)',
      type: 'textarea',
      maxLength: 2000,
      admin: { position: 'sidebar', condition: (data) => data?.status === 'withdrawn' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.status === 'withdrawn' && !(typeof value === 'string' && value.trim())
          ? 'Văn bản đã thu hồi cần ghi lý do thu hồi để công khai cho người đọc.'
          : true,
    },
    {
      name: 'visibility',
      label: 'Phạm vi',
      type: 'select',
      required: true,
      defaultValue: 'internal',
      index: true,
      options: [...DOCUMENT_VISIBILITIES],
      admin: {
        position: 'sidebar',
        description: 'Văn bản nội bộ và tệp đính kèm của nó chỉ cán bộ đăng nhập mới xem được.',
      },
    },
  ],
}
