import type { Metadata } from 'next'
import { SITE_DESCRIPTION, SITE_LOGO, SITE_LOGO_SIZE, SITE_NAME, siteUrl } from './site'

export type PageImage = { url: string; width?: number | null; height?: number | null; alt?: string | null }

/** An absolute URL on this portal for a path (or an absolute URL unchanged). */
export function absoluteUrl(path: string): string {
  return /^https?:\/\//.test(path) ? path : `${siteUrl()}${path.startsWith('/') ? '' : '/'}${path}`
}

/**
 * Canonical, OpenGraph and Twitter metadata of one public page. Next.js replaces a parent's
 * openGraph rather than merging it, so every page builds all three here, evaluated per request
 * (the address comes from SERVER_URL or the port the server runs on).
 */
export function pageMetadata(
  path: string,
  page: {
    title?: string
    description?: string | null
    image?: PageImage | null
    openGraph?: Partial<NonNullable<Metadata['openGraph']>> & { type?: 'website' | 'article' }
    robots?: Metadata['robots']
  } = {},
): Metadata {
  const url = absoluteUrl(path)
  const description = page.description?.trim() || SITE_DESCRIPTION
  const title = page.title ?? `${SITE_NAME} — Tự soi, tự sửa`
  const image = page.image?.url
    ? {
        url: absoluteUrl(page.image.url),
        width: page.image.width ?? undefined,
        height: page.image.height ?? undefined,
        alt: page.image.alt ?? '',
      }
    : { url: absoluteUrl(SITE_LOGO), ...SITE_LOGO_SIZE, alt: SITE_NAME }
  return {
    ...(page.title ? { title: page.title } : {}),
    description,
    alternates: { canonical: url },
    robots: page.robots,
    openGraph: {
      type: 'website',
      url,
      title,
      description,
      siteName: SITE_NAME,
      locale: 'vi_VN',
      images: [image],
      ...page.openGraph,
    } as Metadata['openGraph'],
    twitter: {
      card: page.image?.url ? 'summary_large_image' : 'summary',
      title,
      description,
      images: [image.url],
    },
  }
}
