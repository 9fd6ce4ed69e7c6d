/**
 * Links in rich text may point only to http, https, mailto, tel, or a relative address.
 * `javascript:`, `data:`, `vbscript:` and any other scheme run code or load content in the
 * reader's browser when clicked; they are refused when saved and never rendered as links.
 */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

export function isSafeHref(url: unknown): boolean {
  if (typeof url !== 'string') return false
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- control characters are what this strips
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]
  if (scheme) return ALLOWED_SCHEMES.has(scheme.toLowerCase())
  // No scheme: a relative path, query or fragment — unless a colon before the first /, ? or #
  // would make a browser read it as a scheme after all.
  return !/^[^/?#]*:/.test(compact)
}

type LinkNode = { type?: unknown; fields?: { url?: unknown; linkType?: unknown }; children?: unknown }

function isLinkNode(node: unknown): node is LinkNode {
  const type = (node as LinkNode | null)?.type
  return type === 'link' || type === 'autolink'
}

/** A link node whose address is its own (not a link to a document of the portal). */
export function hasUnsafeHref(node: unknown): boolean {
  if (!isLinkNode(node)) return false
  const fields = node.fields ?? {}
  if (fields.linkType === 'internal') return false
  return !isSafeHref(fields.url ?? '')
}

/** Every refused link address anywhere inside a value (a Lexical state, a document, a list). */
export function unsafeLinks(value: unknown, found: string[] = [], depth = 0): string[] {
  if (!value || typeof value !== 'object' || depth > 200) return found
  if (hasUnsafeHref(value)) found.push(String((value as LinkNode).fields?.url ?? ''))
  for (const child of Array.isArray(value) ? value : Object.values(value)) unsafeLinks(child, found, depth + 1)
  return found
}

export function unsafeLinkMessage(url: string): string {
  const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url
  return `Liên kết "${shown}" không được phép: chỉ dùng địa chỉ http, https, mailto, tel hoặc đường dẫn trong trang.`
}
