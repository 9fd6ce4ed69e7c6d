import type { Block } from 'payload'

/** A quotation attributed to a named person and their position. */
export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: 'Trích dẫn', plural: 'Trích dẫn' },
  fields: [
    { name: 'text', label: 'Lời trích dẫn', type: 'textarea', required: true },
    {
      type: 'row',
      fields: [
        { name: 'speaker', label: 'Người phát biểu', type: 'text', required: true },
        { name: 'position', label: 'Chức vụ', type: 'text' },
      ],
    },
  ],
}
