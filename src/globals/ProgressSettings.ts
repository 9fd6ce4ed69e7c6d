import type { GlobalConfig } from 'payload'
import { APIError, type GlobalBeforeChangeHook } from 'payload'
import { anyone, fieldIsRole, hasRole, isRole, PUBLISHER_ROLES, type RoleUser } from '@/access'

/**
 * The district must be a district committee and the province a province committee. Checked
 * here with the system's rights: the editor who sets them may not read organisations.
 */
const checkCommitteeKinds: GlobalBeforeChangeHook = async ({ data, req }) => {
  for (const [field, kind, label] of [
    ['district', 'district', 'Đảng bộ huyện của trang Tiến độ phải là một đảng bộ huyện.'],
    ['province', 'province', 'Đảng bộ tỉnh phải là một đảng bộ tỉnh.'],
  ] as const) {
    const value = data[field] as unknown
    const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
    if (id === undefined || id === null || id === '') continue
    const found = await req.payload.count({
      collection: 'organizations',
      where: { and: [{ id: { equals: id as string } }, { kind: { equals: kind } }] },
      overrideAccess: true,
      req,
    })
    if (found.totalDocs === 0) throw new APIError(label, 400, null, true)
  }
  return data
}

/**
 * Which committees the page tallies is the administrator's setting: editors do not read
 * organisations, so the fields stay out of their form (the admin would fetch organisations).
 */
const committeeField = {
  access: { update: fieldIsRole('admin') },
  condition: (_data: unknown, _sibling: unknown, { user }: { user?: unknown }) => hasRole(user as RoleUser, 'admin'),
}

/** What the public progress page (/tien-do) shows beyond the aggregate figures. */
export const ProgressSettings: GlobalConfig = {
  slug: 'progress-settings',
  label: 'Cài đặt trang Tiến độ',
  admin: { group: 'Hệ thống' },
  access: { read: anyone, update: isRole(...PUBLISHER_ROLES) },
  hooks: { beforeChange: [checkCommitteeKinds] },
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
      access: committeeField.access,
      admin: {
        condition: committeeField.condition,
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
          access: committeeField.access,
          admin: {
            condition: committeeField.condition,
            description: 'Đảng bộ tỉnh có các đảng bộ huyện; dùng cho bảng tổng hợp toàn tỉnh.',
          },
        },
        {
          name: 'showProvince',
          label: 'Công bố trang tổng hợp toàn tỉnh (/tien-do/tinh)',
          type: 'checkbox',
          defaultValue: false,
          access: committeeField.access,
          admin: { condition: committeeField.condition },
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
