import type { CollectionConfig } from 'payload'
import { isRole } from '@/access'
import { readOwnOrganizations, writeOwnOrganizations } from '@/access/organizationScope'
import { ATTACHMENT_KINDS, EDITABLE_STAGES } from '@/workflow'
import { checkUploadedFile, DOSSIER_FILE_TYPES } from './hooks/checkUploadedFile'
import { fileAttachmentInDossier } from './hooks/fileInDossier'
import { refuseLockedDelete } from './hooks/refuseLockedDelete'
import { uploadDir } from '@/uploads/folders'

const dossierEditable = { 'dossier.stage': { in: EDITABLE_STAGES } }

/**
 * Scans of signed forms. Stored outside public/ (DOSSIER_FILES_DIR, default ./dossier-files)
 * and served only through /api/dossier-files/file/…, which applies the read rule below to
 * every download: a file URL is worth nothing to someone who may not see the dossier.
 */
export const DossierFiles: CollectionConfig = {
  slug: 'dossier-files',
  labels: { singular: 'Tài liệu hồ sơ', plural: 'Tài liệu hồ sơ' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'dossier', 'filename', 'createdAt'],
    group: 'Hồ sơ Đề án 05',
  },
  access: {
    read: readOwnOrganizations('organization'),
    create: isRole('admin', 'org-officer'),
    update: writeOwnOrganizations('organization', dossierEditable),
    delete: writeOwnOrganizations('organization', dossierEditable),
  },
  upload: {
    staticDir: uploadDir('dossier-files'),
    mimeTypes: [...DOSSIER_FILE_TYPES],
    pasteURL: false,
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'private, no-store')
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  hooks: {
    beforeOperation: [checkUploadedFile],
    beforeChange: [fileAttachmentInDossier],
    beforeDelete: [refuseLockedDelete],
  },
  fields: [
    { name: 'title', label: 'Tên tài liệu', type: 'text' },
    { name: 'kind', label: 'Loại tài liệu', type: 'select', required: true, defaultValue: 'other', options: [...ATTACHMENT_KINDS] },
    { name: 'dossier', label: 'Thuộc hồ sơ', type: 'relationship', relationTo: 'dossiers', required: true, index: true },
    { name: 'organization', label: 'Tổ chức', type: 'relationship', relationTo: 'organizations', index: true, admin: { readOnly: true } },
    { name: 'year', label: 'Năm', type: 'number', admin: { readOnly: true } },
  ],
}
