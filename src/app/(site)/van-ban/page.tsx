import { parseDocumentFilters } from '@/documents/filters'
import { DocumentsView, documentsMetadata } from './views'

/** The documents as this request's reader may see them, filtered by the query (views.tsx). */
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const generateMetadata = documentsMetadata

export default async function DocumentsPage({ searchParams }: Props) {
  return <DocumentsView filters={parseDocumentFilters(await searchParams)} audience="request" />
}
