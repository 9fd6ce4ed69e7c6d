import { notFound } from 'next/navigation'
import { parseDocumentFilters } from '@/documents/filters'
import { DocumentsView, documentsMetadata } from '../../../../van-ban/views'

/** The public's `/van-ban?trang=N` without other filters (rewritten here by next.config.mjs). */
type Props = { params: Promise<{ trang: string }> }

export const generateMetadata = documentsMetadata

/** None at build time: each page is rendered on its first request and then served from the cache. */
export async function generateStaticParams() {
  return []
}

export default async function PublicDocumentsListPage({ params }: Props) {
  const { trang } = await params
  if (!/^\d{1,5}$/.test(trang)) notFound()
  return <DocumentsView filters={parseDocumentFilters({ trang })} audience="public" />
}
