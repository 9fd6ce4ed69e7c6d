import type { Block } from 'payload'
import { dateOnly } from '@/fields/dateOnly'

export const PROGRESS_BLOCK_SLUG = 'progress'

/**
 * Live progress figures, frozen: the editor picks a year and a date; when the article is
 * saved the tally as of that date is counted and stored in `snapshot`, and the page shows
 * only what is stored. Changing the year or the date counts again; nothing else does.
 */
export const ProgressBlock: Block = {
  slug: PROGRESS_BLOCK_SLUG,
  interfaceName: 'ProgressBlock',
  labels: { singular: 'Số liệu tiến độ (chốt theo ngày)', plural: 'Số liệu tiến độ' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          label: 'Năm của hồ sơ',
          type: 'number',
          required: true,
          min: 2000,
          max: 2100,
          defaultValue: () => new Date().getFullYear(),
        },
        {
          name: 'asOf',
          label: 'Số liệu tính đến ngày',
          type: 'date',
          required: true,
          defaultValue: () => new Date().toISOString(),
          admin: {
            ...dateOnly,
            description: 'Số liệu được chốt khi lưu bài và không đổi về sau, kể cả khi hồ sơ tiếp tục được xử lý.',
          },
        },
      ],
    },
    { name: 'heading', label: 'Tiêu đề khung số liệu', type: 'text', maxLength: 200 },
    {
      name: 'display',
      label: 'Hiển thị',
      type: 'select',
      defaultValue: 'both',
      options: [
        { value: 'both', label: 'Câu tổng hợp và biểu đồ' },
        { value: 'sentence', label: 'Chỉ câu tổng hợp' },
        { value: 'chart', label: 'Chỉ biểu đồ và bảng số' },
      ],
    },
    // Written by the articles' freezeProgressBlocks hook, never by the form.
    { name: 'snapshot', label: 'Số liệu đã chốt', type: 'json', admin: { hidden: true } },
  ],
}
