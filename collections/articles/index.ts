import type { CollectionConfig } from 'payload'
import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { draftsOrPublish, isRole, PUBLISHER_ROLES, publishedOrNewsroom } from '../../src/access'
import { articleBodyBlocks } from '../../src/blocks'
import { slugField } from '../../src/fields/slug'
import { siteUrl } from '../../src/site'
import { freezeProgressBlocks } from './hooks/freezeProgressBlocks'
import { indexArticleForSearch, removeArticleFromSearch } from './hooks/indexForSearch'
import { setPublishedAt } from './hooks/setPublishedAt'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Bài viết', plural: 'Bài viết' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'series', 'part', 'publishedAt', '_status'],
    group: 'Tin bài',
    livePreview: {
      url: ({ data }) => `${siteUrl()}/xem-truoc?collection=articles&slug=${encodeURIComponent(String(data?.slug ?? ''))}`,
    },
    preview: (doc) => `${siteUrl()}/xem-truoc?collection=articles&slug=${encodeURIComponent(String(doc?.slug ?? ''))}`,
  },
  access: {
    read: publishedOrNewsroom,
    readVersions: isRole('admin', 'editor', 'reporter'),
    create: draftsOrPublish,
    update: draftsOrPublish,
    delete: isRole(...PUBLISHER_ROLES),
  },
  versions: {
    maxPerDoc: 50,
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  },
  defaultSort: '-publishedAt',
  hooks: {
    beforeChange: [setPublishedAt, freezeProgressBlocks],
    afterChange: [indexArticleForSearch],
    afterDelete: [removeArticleFromSearch],
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
    { name: 'authors', label: 'Tác giả', type: 'relationship', relationTo: 'authors', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'categories', label: 'Chuyên mục', type: 'relationship', relationTo: 'categories', hasMany: true, admin: { position: 'sidebar' } },
    {
      type: 'row',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'series', label: 'Loạt bài', type: 'relationship', relationTo: 'series', index: true },
        { name: 'part', label: 'Kỳ', type: 'number', min: 1, max: 999, admin: { condition: (data) => Boolean(data?.series) } },
      ],
    },
    { name: 'featured', label: 'Nổi bật', type: 'checkbox', defaultValue: false, index: true, admin: { position: 'sidebar' } },
    { name: 'commentsEnabled', label: 'Cho phép bình luận', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
  ],
}
