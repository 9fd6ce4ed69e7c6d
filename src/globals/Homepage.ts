import type { GlobalConfig } from 'payload'
import { anyone, isRole, PUBLISHER_ROLES, newsroomOnly } from '@/access'

/** The editors' picks for the home page. */
export const Homepage: GlobalConfig = {
  slug: 'homepage',
  label: 'Trang chủ',
  admin: { group: 'Tin bài', hidden: newsroomOnly },
  access: { read: anyone, update: isRole(...PUBLISHER_ROLES) },
  fields: [
    {
      name: 'featured',
      label: 'Nổi bật',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 6,
      admin: { description: 'Để trống để dùng các bài gắn "Nổi bật" mới nhất.' },
    },
    {
      name: 'dontMiss',
      label: 'Đừng bỏ lỡ',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 8,
    },
  ],
}
