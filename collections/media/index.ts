import type { CollectionConfig } from 'payload'
import {
  changeUnlessLive,
  isRole,
  MEDIA_LIVE,
  NEWSROOM_ROLES,
  newsroomOnly,
  PUBLISHER_ROLES,
  publicOrNewsroomMedia,
} from '@/access'
import { uploadDir } from '@/uploads/folders'

const webp = { format: 'webp' as const, options: { quality: 80 } }

/**
 * Images. Stored outside public/ and served by Payload, so access rules apply: the public gets
 * an image (its record and its files) only while a published article shows it.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Ảnh', plural: 'Thư viện ảnh' },
  admin: { hidden: newsroomOnly, useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit'], group: 'Tin bài' },
  access: {
    read: publicOrNewsroomMedia,
    create: isRole(...NEWSROOM_ROLES),
    update: changeUnlessLive(MEDIA_LIVE),
    delete: isRole(...PUBLISHER_ROLES),
  },
  upload: {
    staticDir: uploadDir('media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre', formatOptions: webp },
      { name: 'card', width: 640, height: 360, formatOptions: webp },
      { name: 'article', width: 1200, withoutEnlargement: true, formatOptions: webp },
      { name: 'og', width: 1200, height: 630, formatOptions: { format: 'jpeg', options: { quality: 82 } } },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: 'Mô tả ảnh (alt)',
      type: 'text',
      required: true,
      admin: { description: 'Mô tả nội dung ảnh cho người khiếm thị và công cụ tìm kiếm.' },
    },
    { name: 'caption', label: 'Chú thích', type: 'textarea' },
    { name: 'credit', label: 'Nguồn ảnh / tác giả ảnh', type: 'text' },
    {
      name: 'isPublic',
      label: 'Đang dùng trong bài đã xuất bản',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', description: 'Tự bật khi một bài viết đã xuất bản dùng ảnh này.' },
    },
  ],
}
