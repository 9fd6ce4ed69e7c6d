import { parseDocumentFilters } from '@/documents/filters'
import { DocumentsView, documentsMetadata } from '../../van-ban/views'

/** The public's `/van-ban` without filters (rewritten here by next.config.mjs): rendered once, cached. */
export const generateMetadata = documentsMetadata

export default function PublicDocumentsPage() {
  return <DocumentsView filters={parseDocumentFilters({})} audience="public" />
}
