import type { Field } from 'payload'
import { slugify } from '@/vietnamese'

type SlugSource = string | ((data: Record<string, unknown>) => string | undefined)

/** A unique URL slug, filled from `from` (a field name, or a function of the data) when left empty. */
export function slugField(from: SlugSource): Field {
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
          const merged = { ...(originalDoc ?? {}), ...(data ?? {}) } as Record<string, unknown>
          const source = typeof from === 'function' ? from(merged) : merged[from]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
    validate: (value: unknown) => {
      if (value == null || value === '') return true
      return (
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(String(value)) ||
        'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.'
      )
    },
  }
}
