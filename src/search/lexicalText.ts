/** Plain text of a Lexical rich-text value: paragraphs on their own lines, block texts included. */
type LexNode = { type?: string; text?: string; children?: LexNode[]; fields?: Record<string, unknown> }

const BLOCK_TEXT_FIELDS = ['before', 'text', 'after', 'speaker', 'position', 'caption', 'label', 'credit']

export function lexicalToPlainText(value: unknown): string {
  const root = (value as { root?: LexNode } | null | undefined)?.root
  if (!root) return ''
  const lines: string[] = []
  const walk = (node: LexNode, line: string[]): void => {
    if (typeof node.text === 'string') line.push(node.text)
    if (node.type === 'linebreak') line.push(' ')
    if (node.type === 'block' && node.fields) {
      for (const key of BLOCK_TEXT_FIELDS) {
        const v = node.fields[key]
        if (typeof v === 'string' && v.trim()) line.push(v.trim() + ' ')
      }
    }
    for (const child of node.children ?? []) walk(child, line)
  }
  for (const child of root.children ?? []) {
    const line: string[] = []
    walk(child, line)
    const text = line.join('').replace(/\s+/g, ' ').trim()
    if (text) lines.push(text)
  }
  return lines.join('\n')
}
