import type { Block } from 'payload'

/**
 * A quotation attributed to a named person and their position. Newspapers carry a quotation
 * inside a sentence ("Đồng chí …, … chia sẻ: “…”." or "“…”, ông … chia sẻ thêm."): the words
 * before and after it are kept, so the paragraph reads exactly as printed.
 */
export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: 'Trích dẫn', plural: 'Trích dẫn' },
  fields: [
    {
      name: 'before',
      label: 'Câu dẫn trước lời trích',
      type: 'textarea',
      admin: {
        description:
          'Ví dụ: “Đồng chí Trần Văn Tuyển, Phó Bí thư Chi bộ chia sẻ: ”. Để trống nếu đoạn văn mở đầu bằng lời trích.',
      },
    },
    {
      name: 'text',
      label: 'Lời trích dẫn',
      type: 'textarea',
      required: true,
      admin: { description: 'Không gõ dấu ngoặc kép bao ngoài; hệ thống tự thêm.' },
    },
    {
      name: 'after',
      label: 'Phần sau lời trích',
      type: 'text',
      admin: {
        description:
          'Ví dụ: “.” hoặc “, đồng chí Lê Thị Minh nhìn nhận.”. Để trống cả hai ô câu dẫn để hiện lời trích thành khối riêng.',
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'speaker', label: 'Người phát biểu', type: 'text', required: true },
        { name: 'position', label: 'Chức vụ', type: 'text' },
      ],
    },
  ],
}
