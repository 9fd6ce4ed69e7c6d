import { siteUrl } from '@/site'
import type { MediaDoc } from './types'

type Size = 'thumbnail' | 'card' | 'article' | 'og'

/** A public image with a responsive srcset of the sizes sharp made; a plain <img> works without JS. */
export function Picture({
  media,
  size = 'card',
  className,
  eager,
}: {
  media: MediaDoc
  size?: Size
  className?: string
  eager?: boolean
}) {
  // Payload gives files absolute on SERVER_URL; the page links them on whatever address it was
  // reached by (another host name, a proxy), which is the one its Content-Security-Policy allows.
  const site = siteUrl()
  const local = (url: string | null | undefined) => (url?.startsWith(`${site}/`) ? url.slice(site.length) : url)
  const sizes = media.sizes ?? {}
  const chosen = sizes[size]?.url ? sizes[size] : null
  const src = local(chosen?.url ?? media.url) ?? ''
  const srcSet = (['thumbnail', 'card', 'article'] as const)
    .map((s) => sizes[s])
    .filter((s): s is NonNullable<typeof s> => Boolean(s?.url && s?.width))
    .map((s) => `${local(s.url)} ${s.width}w`)
    .join(', ')
  return (
    // eslint-disable-next-line @next/next/no-img-element -- Payload's sharp sizes already are the responsive set
    <img
      className={className}
      src={src}
      srcSet={srcSet || undefined}
      sizes={size === 'article' ? '(max-width: 800px) 100vw, 760px' : '(max-width: 600px) 100vw, 320px'}
      alt={media.alt ?? ''}
      width={chosen?.width ?? media.width ?? undefined}
      height={chosen?.height ?? media.height ?? undefined}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
