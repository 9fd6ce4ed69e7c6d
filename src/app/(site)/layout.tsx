import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { SiteFrame } from '@/components/SiteFrame'
import { siteUrl, SITE_DESCRIPTION, SITE_NAME } from '@/site'
import './styles.css'

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${SITE_NAME} — Tự soi, tự sửa`, template: `%s — ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    alternates: { types: { 'application/rss+xml': [{ url: '/rss.xml', title: `${SITE_NAME} — Tin mới` }] } },
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: 'any' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
  }
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>
}
