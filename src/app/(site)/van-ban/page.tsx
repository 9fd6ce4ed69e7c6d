import type { Metadata } from 'next'
import { DocumentFilters } from '@/components/documents/DocumentFilters'
import { DocumentList } from '@/components/documents/DocumentList'
import { DatasetDownloads } from '@/components/open-data/DatasetDownloads'
import '@/components/documents/documents.css'
import { Pagination } from '@/components/Pagination'
import { documentFilterChoices, listDocuments } from '@/data/documents'
import { parseDocumentFilters } from '@/documents/filters'
import { pageMetadata } from '@/seo'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export function generateMetadata(): Metadata {
  return pageMetadata('/van-ban', {
    title: 'Văn bản',
    description: 'Nghị quyết, chỉ thị, kế hoạch, hướng dẫn và biểu mẫu thực hiện Đề án 05.',
  })
}

export default async function DocumentsPage({ searchParams }: Props) {
  const filters = parseDocumentFilters(await searchParams)
  const [result, choices] = await Promise.all([listDocuments(filters), documentFilterChoices()])
  return (
    <>
      <header className="page-head">
        <h1>Văn bản</h1>
        <p>Nghị quyết, chỉ thị, kế hoạch, hướng dẫn và biểu mẫu thực hiện Đề án 05.</p>
      </header>
      <DocumentFilters filters={filters} issuers={choices.issuers} years={choices.years} />
      <p className="doc-meta" role="status">
        {result.totalDocs} văn bản
      </p>
      <DatasetDownloads slug="van-ban" year={filters.year} />
      <DocumentList documents={result.docs} empty="Không có văn bản nào phù hợp với bộ lọc." />
      <Pagination
        basePath="/van-ban"
        page={filters.page}
        totalPages={result.totalPages}
        query={{
          loai: filters.type,
          'co-quan': filters.issuer,
          nam: filters.year ? String(filters.year) : undefined,
          'tinh-trang': filters.status,
        }}
      />
    </>
  )
}
