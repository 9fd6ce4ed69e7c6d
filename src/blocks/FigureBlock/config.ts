import type { Block } from 'payload'

/** A photo between paragraphs, with its own caption and credit (as the newspaper prints them). */
export const FigureBlock: Block = {
  slug: 'figure',
  interfaceName: 'FigureBlock',
  labels: { singular: 'Ảnh có chú thích', plural: 'Ảnh có chú thích' },
  fields: [
    { name: 'image', label: 'Ảnh', type: 'upload', relationTo: 'media', required: true },
    {
      name: 'caption',
      label: 'Chú thích',
      type: 'textarea',
      admin: { description: 'Để trống để dùng chú thích của ảnh.' },
    },
    { name: 'credit', label: 'Nguồn ảnh', type: 'text' },
  ],
}
