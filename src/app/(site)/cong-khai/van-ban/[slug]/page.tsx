import { DocumentView, documentMetadata } from '../../../van-ban/views'

/** The public's view of a document (rewritten here by next.config.mjs): rendered once, cached. */
type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props) {
  return documentMetadata((await params).slug, 'public')
}

/** None at build time: each page is rendered on its first request and then served from the cache. */
export async function generateStaticParams() {
  return []
}

export default async function PublicDocumentPage({ params }: Props) {
  return <DocumentView slug={(await params).slug} audience="public" />
}
