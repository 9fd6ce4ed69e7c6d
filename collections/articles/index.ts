import type { CollectionConfig } from 'payload'
import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import {
  ARTICLES_LIVE,
  changeUnlessLive,
  createUnlessLive,
  fieldIsRole,
  isRole,
  NEWSROOM_ROLES,
  newsroomOnly,
  PUBLISHER_ROLES,
  publishedOrNewsroom,
} from '@/access'
import { NOTE_KINDS } from '@/articles/notes'
import { articleBodyBlocks } from '@/blocks'
import { slugField } from '@/fields/slug'
import { siteUrl } from '@/site'
import { freezeProgressBlocks } from './hooks/freezeProgressBlocks'
import { indexArticleForSearch, removeArticleFromSearch } from './hooks/indexForSearch'
import { requireChangeNote } from './hooks/requireChangeNote'
import { setPublishedAt } from './hooks/setPublishedAt'
import { listImages, shareImages, unshareImagesOnDelete } from './hooks/shareImages'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Bài viết', plural: 'Bài viết' },
  admin: {
    hidden: newsroomOnly,
    useAsTitle: 'title',
    defaultColumns: ['title', 'series', 'part', 'publishedAt', '_status'],
    group: 'Tin bài',
    livePreview: {
      url: ({ data }) =>
        `${siteUrl()}/xem-truoc?collection=articles&slug=${encodeURIComponent(String(data?.slug ?? ''))}`,
    },
    preview: (doc) => `${siteUrl()}/xem-truoc?collection=articles&slug=${encodeURIComponent(String(doc?.slug ?? ''))}`,
  },
  access: {
    read: publishedOrNewsroom,
    readVersions: isRole('admin', 'editor', 'reporter'),
    create: createUnlessLive(ARTICLES_LIVE),
    update: changeUnlessLive(ARTICLES_LIVE),
    delete: isRole(...PUBLISHER_ROLES),
  },
  versions: {
    maxPerDoc: 50,
    // No autosave: with it, merely opening "Tạo mới" saved an empty draft.
    drafts: { schedulePublish: true },
  },
  defaultSort: '-publishedAt',
  hooks: {
    beforeChange: [requireChangeNote, setPublishedAt, freezeProgressBlocks, listImages],
    afterChange: [indexArticleForSearch, shareImages],
    afterDelete: [removeArticleFromSearch, unshareImagesOnDelete],
  },
  fields: [
    { name: 'title', label: 'Tiêu đề', type: 'text', required: true, maxLength: 300 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Nội dung',
          fields: [
            { name: 'lead', label: 'Sapo (đoạn dẫn)', type: 'textarea', maxLength: 1200 },
            {
              type: 'row',
              fields: [
                { name: 'cover', label: 'Ảnh đại diện', type: 'upload', relationTo: 'media' },
                { name: 'coverCaption', label: 'Chú thích ảnh đại diện', type: 'text' },
              ],
            },
            {
              name: 'body',
              label: 'Nội dung',
              type: 'richText',
              editor: lexicalEditor({
                features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: articleBodyBlocks })],
              }),
            },
          ],
        },
        {
          label: 'Đính chính, cập nhật',
          description:
            'Khi sửa tiêu đề, sapo hoặc nội dung của bài đã đăng, thêm một ghi chú “Đính chính” (sửa thông tin sai) hoặc “Cập nhật” (bổ sung thông tin mới). Ghi chú hiện ở đầu bài, mới nhất trước, với thời điểm đăng; đính chính được liệt kê ở trang /dinh-chinh.',
          fields: [
            {
              name: 'notes',
              label: 'Ghi chú đính chính, cập nhật',
              labels: { singular: 'Ghi chú', plural: 'Ghi chú' },
              type: 'array',
              maxRows: 100,
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'kind',
                      label: 'Loại',
                      type: 'select',
                      required: true,
                      defaultValue: 'correction',
                      options: [...NOTE_KINDS],
                      admin: { width: '30%' },
                    },
                    {
                      name: 'at',
                      label: 'Thời điểm đăng',
                      type: 'date',
                      admin: {
                        readOnly: true,
                        width: '30%',
                        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
                        description: 'Ghi tự động khi bài được đăng cùng ghi chú.',
                      },
                    },
                  ],
                },
                { name: 'text', label: 'Nội dung ghi chú', type: 'textarea', required: true, maxLength: 1000 },
              ],
            },
          ],
        },
        {
          label: 'Liên quan',
          fields: [
            {
              name: 'related',
              label: 'Bài liên quan',
              type: 'relationship',
              relationTo: 'articles',
              hasMany: true,
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
            },
            {
              name: 'documents',
              label: 'Văn bản được nhắc đến',
              type: 'relationship',
              relationTo: 'guidance-documents',
              hasMany: true,
              index: true,
              admin: { description: 'Bài viết sẽ được liệt kê trên trang của văn bản (nếu văn bản công khai).' },
            },
            {
              name: 'indicators',
              label: 'Biểu hiện được nhắc đến',
              type: 'relationship',
              relationTo: 'indicators',
              hasMany: true,
              index: true,
            },
          ],
        },
      ],
    },
    slugField('title'),
    {
      name: 'publishedAt',
      label: 'Thời điểm đăng',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
    {
      name: 'authors',
      label: 'Tác giả',
      type: 'relationship',
      relationTo: 'authors',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'categories',
      label: 'Chuyên mục',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'series', label: 'Loạt bài', type: 'relationship', relationTo: 'series', index: true },
        {
          name: 'part',
          label: 'Kỳ',
          type: 'number',
          min: 1,
          max: 999,
          admin: { condition: (data) => Boolean(data?.series) },
        },
      ],
    },
    {
      name: 'minorChange',
      label: 'Sửa lỗi nhỏ (không cần ghi chú)',
      type: 'checkbox',
      defaultValue: false,
      access: { read: fieldIsRole(...NEWSROOM_ROLES) },
      admin: {
        position: 'sidebar',
        description:
          'Chỉ khi sửa lỗi chính tả, định dạng của bài đã đăng: không hiện cho người đọc, chỉ áp dụng cho lần lưu này.',
      },
    },
    {
      name: 'revisionNote',
      label: 'Ghi chú của phiên bản',
      type: 'text',
      access: { read: fieldIsRole(...NEWSROOM_ROLES) },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Ghi chú đính chính, cập nhật (hoặc “sửa lỗi nhỏ”) được thêm trong phiên bản này.',
      },
    },
    {
      name: 'featured',
      label: 'Nổi bật',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'commentsEnabled',
      label: 'Cho phép bình luận',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar' },
    },
    // Kept by the save (hooks/shareImages.ts): which images the public may fetch, and which
    // images an article still uses when someone tries to delete one.
    {
      name: 'images',
      label: 'Ảnh dùng trong bài',
      type: 'relationship',
      relationTo: 'media',
      hasMany: true,
      index: true,
      admin: { hidden: true },
    },
  ],
}
