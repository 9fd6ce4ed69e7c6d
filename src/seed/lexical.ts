/** Builders for Lexical rich text as Payload stores it, for seeding and imports. */
type Node = { type: string; version: number; [key: string]: unknown }

const text = (value: string): Node => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const paragraph = (value: string): Node => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: [text(value)],
})

export const heading = (value: string, tag: 'h2' | 'h3' = 'h2'): Node => ({
  type: 'heading',
  tag,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children: [text(value)],
})

export const block = (blockType: string, fields: Record<string, unknown>, id: string): Node => ({
  type: 'block',
  format: '',
  version: 2,
  fields: { id, blockName: '', blockType, ...fields },
})

export const richText = (children: Node[]) => ({
  root: { type: 'root', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const, children },
})

/** Plain paragraphs, split on blank lines. */
export const plainRichText = (value: string) =>
  richText(
    value
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map(paragraph),
  )
