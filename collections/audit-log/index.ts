import type { CollectionConfig } from 'payload'
import { hasRole, isAdmin, nobody, type RoleUser } from '@/access'
import { AUDIT_ACTIONS } from '@/audit/changes'
import { exportAuditLogEndpoint } from './endpoints/exportCsv'
import { refuseForeignDelete, refuseForeignWrite, spendWriteFlag } from './hooks/appendOnly'

export const AUDIT_LOG_SLUG = 'audit-log'

const readOnly = { readOnly: true }

/**
 * Nhật ký thao tác: who did what to which record, when and from where. Written only by the
 * server's own hooks (src/audit), in the transaction of the change it records; read by the
 * administrator only; never edited or deleted, except by the retention job.
 */
export function auditLogCollection(targets: { value: string; label: string }[]): CollectionConfig {
  return {
    slug: AUDIT_LOG_SLUG,
    labels: { singular: 'Nhật ký thao tác', plural: 'Nhật ký thao tác' },
    admin: {
      useAsTitle: 'summary',
      defaultColumns: ['at', 'action', 'actorEmail', 'collectionSlug', 'recordId', 'changedFields', 'address'],
      listSearchableFields: ['actorEmail', 'recordId', 'recordTitle', 'changedFields'],
      group: 'Hệ thống',
      description:
        'Mọi lần đăng nhập, đăng xuất và mọi thao tác tạo, sửa, xóa, công bố, chuyển bước hồ sơ của cán bộ. Chỉ ghi tên trường đã đổi, không chép nội dung. Lọc theo người, danh mục, thao tác, thời gian; tải CSV theo bộ lọc đang chọn.',
      hidden: ({ user }) => !hasRole(user as RoleUser, 'admin'),
      components: { beforeListTable: ['/src/components/admin/AuditLogExport#AuditLogExport'] },
    },
    defaultSort: '-at',
    access: {
      read: isAdmin,
      create: nobody,
      update: nobody,
      delete: nobody,
      readVersions: nobody,
    },
    endpoints: [exportAuditLogEndpoint],
    hooks: {
      beforeChange: [refuseForeignWrite],
      afterChange: [spendWriteFlag],
      beforeDelete: [refuseForeignDelete],
    },
    fields: [
      { name: 'summary', label: 'Nội dung', type: 'text', admin: readOnly },
      {
        name: 'at',
        label: 'Thời điểm',
        type: 'date',
        required: true,
        index: true,
        admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
      },
      {
        name: 'action',
        label: 'Thao tác',
        type: 'select',
        required: true,
        index: true,
        options: [...AUDIT_ACTIONS],
        admin: readOnly,
      },
      { name: 'actor', label: 'Tài khoản', type: 'relationship', relationTo: 'users', index: true, admin: readOnly },
      { name: 'actorEmail', label: 'Email người thực hiện', type: 'text', index: true, admin: readOnly },
      {
        name: 'collectionSlug',
        label: 'Danh mục dữ liệu',
        type: 'select',
        index: true,
        options: targets,
        admin: readOnly,
      },
      { name: 'recordId', label: 'Mã bản ghi', type: 'text', index: true, admin: readOnly },
      {
        name: 'recordTitle',
        label: 'Tên bản ghi',
        type: 'text',
        admin: { ...readOnly, description: 'Chỉ với nội dung công khai; bản ghi mật chỉ ghi mã.' },
      },
      {
        name: 'changedFields',
        label: 'Trường đã thay đổi',
        type: 'text',
        admin: { ...readOnly, description: 'Tên trường, không có giá trị.' },
      },
      { name: 'detail', label: 'Chi tiết', type: 'text', admin: readOnly },
      { name: 'address', label: 'Địa chỉ máy khách', type: 'text', admin: readOnly },
    ],
  }
}
