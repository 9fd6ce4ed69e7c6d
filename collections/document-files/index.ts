import type { CollectionConfig } from 'payload'
import { isRole } from '@/access'
import { DOCUMENT_EDITOR_ROLES, readDocumentFiles } from '@/documents/access'
import { checkUpload, MAX_DOCUMENT_FILE_MB } from './hooks/checkUpload'
import { uploadDir } from '@/uploads/folders'

export const DOCUMENT_FILE_MIME_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]

/**
 * PDF and DOCX files attached to guidance documents. They live outside public/ and are
 * served only through /api/document-files/file/…, where the read rule applies: a file is
 * public only while a published public document shows it (the documents' hooks keep
 * `isPublic` true or false); new and internal files stay staff-only.
 */
export const DocumentFiles: CollectionConfig = {
  slug: 'document-files',
  labels: { singular: 'Tệp văn bản', plural: 'Tệp văn bản' },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'title', 'isPublic', 'filesize'], group: 'Văn bản' },
  access: {
    read: readDocumentFiles,
    create: isRole(...DOCUMENT_EDITOR_ROLES),
    update: isRole(...DOCUMENT_EDITOR_ROLES),
    delete: isRole(...DOCUMENT_EDITOR_ROLES),
  },
  hooks: { beforeOperation: [checkUpload] },
  upload: {
    staticDir: uploadDir('document-files'),
    mimeTypes: DOCUMENT_FILE_MIME_TYPES,
    displayPreview: false,
  },
  fields: [
    {
      name: 'title',
      label: 'Tên tệp hiển thị',
      type: 'text',
      admin: { description: `Chỉ nhận PDF hoặc DOCX, tối đa ${MAX_DOCUMENT_FILE_MB} MB.` },
    },
    {
      name: 'isPublic',
      label: 'Công khai',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Tự bật khi tệp được đính kèm vào một văn bản công khai đã xuất bản.',
      },
    },
  ],
}
