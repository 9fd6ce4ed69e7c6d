import type { GlobalConfig } from 'payload'
import { anyone, isRole, PUBLISHER_ROLES } from '../access'

/** What the public progress page (/tien-do) shows beyond the aggregate figures. */
export const ProgressSettings: GlobalConfig = {
  slug: 'progress-settings',
  label: 'Cài đặt trang Tiến độ',
  admin: { group: 'Hệ thống' },
  access: { read: anyone, update: isRole(...PUBLISHER_ROLES) },
  fields: [
    {
      name: 'showOrganizationNames',
      label: 'Hiện tên tổ chức đảng theo từng tình trạng',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description:
          'Mặc định trang Tiến độ chỉ hiện số liệu tổng hợp. Bật mục này để công khai danh sách tên TCCS đảng theo tình trạng hồ sơ (không bao giờ hiện nội dung hồ sơ).',
      },
    },
    {
      name: 'district',
      label: 'Đảng bộ huyện của trang Tiến độ',
      type: 'relationship',
      relationTo: 'organizations',
      filterOptions: { kind: { equals: 'district' } },
      admin: {
        description:
          'Trang /tien-do tổng hợp các TCCS đảng trực thuộc đảng bộ này. Để trống khi cổng chỉ phục vụ một huyện: trang tổng hợp mọi TCCS đảng.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'province',
          label: 'Đảng bộ tỉnh',
          type: 'relationship',
          relationTo: 'organizations',
          filterOptions: { kind: { equals: 'province' } },
          admin: { description: 'Đảng bộ tỉnh có các đảng bộ huyện; dùng cho bảng tổng hợp toàn tỉnh.' },
        },
        {
          name: 'showProvince',
          label: 'Công bố trang tổng hợp toàn tỉnh (/tien-do/tinh)',
          type: 'checkbox',
          defaultValue: false,
        },
      ],
    },
    {
      name: 'intro',
      label: 'Lời dẫn trang Tiến độ',
      type: 'textarea',
      maxLength: 2000,
    },
  ],
}
