import type { Field } from 'payload'
import { slugify } from '../vietnamese'

/** A unique URL slug, filled from `from` (Vietnamese folded) when left empty. */
export function slugField(from: string): Field {
  return {
    name: 'slug',
    label: 'Đường dẫn (slug)',
    type: 'text',
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: 'Để trống để tạo tự động từ tiêu đề, ví dụ "Đề án 05" → de-an-05.',
    },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const source = data?.[from] ?? originalDoc?.[from]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
    validate: (value: unknown) => {
      if (value == null || value === '') return true
      return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(String(value)) || 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.'
    },
  }
}
