import Link from 'next/link'

type Linked = {
  relationTo?: string
  value?: { slug?: string | null; title?: string | null; number?: string | null } | string | null
}
export type DocumentLinkFields = { document?: Linked | null; url?: string | null; label?: string | null }

const PATHS: Record<string, string> = { articles: '/tin-tuc', 'guidance-documents': '/van-ban' }

export function DocumentLinkComponent({ document, url, label }: DocumentLinkFields) {
  const value = document?.value && typeof document.value === 'object' ? document.value : null
  const base = document?.relationTo ? PATHS[document.relationTo] : undefined
  const href = value?.slug && base ? `${base}/${value.slug}` : url && /^https?:\/\//.test(url) ? url : null
  if (!href) return null
  const text = label || [value?.number, value?.title].filter(Boolean).join(' — ') || href
  return (
    <aside className="doclink">
      <span className="doclink__kicker">Xem văn bản</span>
      {href.startsWith('/') ? (
        <Link href={href}>{text}</Link>
      ) : (
        <a href={href} rel="noopener noreferrer">
          {text}
        </a>
      )}
    </aside>
  )
}
