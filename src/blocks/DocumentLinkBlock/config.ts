import type { Block } from 'payload'

/** A boxed link to another document on the portal, or to an outside address. */
export const DocumentLinkBlock: Block = {
  slug: 'documentLink',
  interfaceName: 'DocumentLinkBlock',
  labels: { singular: 'Liên kết văn bản', plural: 'Liên kết văn bản' },
  fields: [
    {
      name: 'document',
      label: 'Bài viết / văn bản trên cổng',
      type: 'relationship',
      relationTo: ['articles', 'guidance-documents'],
    },
    { name: 'url', label: 'Hoặc địa chỉ bên ngoài', type: 'text' },
    { name: 'label', label: 'Tiêu đề hiển thị', type: 'text' },
  ],
  admin: {},
}
