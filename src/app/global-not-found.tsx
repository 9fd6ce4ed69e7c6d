import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/NotFoundMessage'
import { SiteFrame } from '@/components/SiteFrame'
import { SITE_NAME } from '@/site'
import './(site)/styles.css'

/**
 * An address no route knows. The portal has two root layouts (site and admin), so Next.js has no
 * layout of its own to put a 404 in; this page is the whole document, in the site's frame, and is
 * rendered on the server (readable without JavaScript).
 */
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: `Không tìm thấy trang — ${SITE_NAME}`,
  robots: { index: false },
}

export default function GlobalNotFound() {
  return (
    <SiteFrame>
      <NotFoundMessage />
    </SiteFrame>
  )
}
