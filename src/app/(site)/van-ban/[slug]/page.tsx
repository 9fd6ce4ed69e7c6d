import { DocumentView, documentMetadata } from '../views'

/** A document as this request's reader may see it (staff: internal ones too; see ../views.tsx). */
type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props) {
  return documentMetadata((await params).slug, 'request')
}

export default async function DocumentPage({ params }: Props) {
  return <DocumentView slug={(await params).slug} audience="request" />
}
