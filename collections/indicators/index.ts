import type { CollectionConfig, Where } from 'payload'
import { anyone, isRole, PUBLISHER_ROLES } from '@/access'
import { DOCUMENT_EDITOR_ROLES } from '@/documents/access'
import { suggestEndpoint } from '@/suggest/server/endpoints'
import { exportCatalogueEndpoint, importCatalogueEndpoint } from './endpoints/catalogueFiles'
import { checkIndicatorPlace, INDICATOR_CODE, normalizeIndicatorCode } from './hooks/checkIndicator'
import { indexIndicatorForSearch, removeIndicatorFromSearch } from './hooks/indexForSearch'

/**
 * The catalogue of manifestations (biểu hiện): base indicators with a code (TT-01 …), and
 * local specific ones under a base one (TT-01.01 …). Public; staff import it from CSV/JSON.
 */
export const Indicators: CollectionConfig = {
  slug: 'indicators',
  labels: { singular: 'Biểu hiện', plural: 'Biểu hiện' },
  admin: {
    // Pickers search the title field only: "TT-01 — …" lets staff find an indicator by its code,
    // the way checks and messages name it.
    useAsTitle: 'label',
    defaultColumns: ['code', 'title', 'group', 'parent'],
    group: 'Danh mục biểu hiện',
    listSearchableFields: ['code', 'title'],
    components: { beforeListTable: ['/collections/indicators/components/CatalogueImportExport#CatalogueImportExport'] },
  },
  defaultSort: 'code',
  access: {
    read: anyone,
    create: isRole(...DOCUMENT_EDITOR_ROLES),
    update: isRole(...DOCUMENT_EDITOR_ROLES),
    delete: isRole(...PUBLISHER_ROLES),
  },
  endpoints: [importCatalogueEndpoint, exportCatalogueEndpoint, suggestEndpoint],
  hooks: {
    beforeChange: [checkIndicatorPlace],
    afterChange: [indexIndicatorForSearch],
    afterDelete: [removeIndicatorFromSearch],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          label: 'Mã',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          maxLength: 32,
          hooks: { beforeValidate: [({ value }) => normalizeIndicatorCode(value)] },
          validate: (value: unknown) =>
            typeof value === 'string' && INDICATOR_CODE.test(value)
              ? true
              : 'Mã gồm chữ cái không dấu, số, dấu chấm hoặc gạch ngang, ví dụ TT-01 hoặc TT-01.02.',
        },
        { name: 'order', label: 'Thứ tự', type: 'number', min: 0 },
      ],
    },
    { name: 'title', label: 'Tên biểu hiện', type: 'text', required: true, maxLength: 500 },
    {
      name: 'label',
      label: 'Tên hiển thị khi chọn',
      type: 'text',
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Mã và tên, tự ghi khi lưu.' },
      hooks: {
        beforeChange: [
          ({ siblingData }) => [siblingData?.code, siblingData?.title].filter(Boolean).join(' — ') || undefined,
        ],
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'group',
          label: 'Nhóm',
          type: 'relationship',
          relationTo: 'indicator-groups',
          required: true,
          index: true,
        },
        {
          name: 'parent',
          label: 'Thuộc biểu hiện gốc',
          type: 'relationship',
          relationTo: 'indicators',
          index: true,
          filterOptions: ({ id }): Where => ({
            and: [{ parent: { exists: false } }, ...(id ? [{ id: { not_equals: id } }] : [])] as Where[],
          }),
          admin: { description: 'Để trống nếu đây là biểu hiện gốc; chọn để tạo biểu hiện cụ thể của địa phương.' },
        },
      ],
    },
    { name: 'explanation', label: 'Giải thích', type: 'textarea', maxLength: 10000 },
    { name: 'examples', label: 'Ví dụ trong thực tế', type: 'textarea', maxLength: 10000 },
    { name: 'remedies', label: 'Gợi ý khắc phục', type: 'textarea', maxLength: 10000 },
    { name: 'sourceDocument', label: 'Văn bản ban hành', type: 'relationship', relationTo: 'guidance-documents' },
  ],
}
