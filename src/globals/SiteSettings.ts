import type { GlobalConfig } from 'payload'
import { anyone, isAdmin } from '@/access'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Cài đặt chung',
  admin: { group: 'Hệ thống' },
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'siteName', label: 'Tên cổng', type: 'text', defaultValue: 'Soi Sửa' },
    { name: 'publisher', label: 'Cơ quan chủ quản', type: 'text', defaultValue: 'Huyện ủy Krông Nô' },
    { name: 'description', label: 'Giới thiệu', type: 'textarea' },
    {
      name: 'newOrganizationMonths',
      label: 'Tổ chức thành lập chưa đủ (tháng) thì chưa phải lập hồ sơ',
      type: 'number',
      defaultValue: 6,
      min: 0,
    },
  ],
}
