import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Pagination, pageParam } from '@/components/Pagination'
import { listCorrections } from '@/data'
import { siteUrl } from '@/site'
import { formatDateTime } from '@/vietnamese'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = {
  title: 'Đính chính',
  description: 'Các đính chính đã đăng trên cổng, mới nhất trước: bài nào đã được sửa, khi nào và sửa gì.',
  alternates: { canonical: `${siteUrl()}/dinh-chinh` },
}

export default async function CorrectionsPage({ searchParams }: Props) {
  // The same reading of ?trang= as src/data/exists.ts, which answers the middleware for this page.
  const page = pageParam((await searchParams).trang)
  const result = await listCorrections(page)
  if (page > result.totalPages) notFound()
  return (
    <>
      <header className="page-head">
        <h1>Đính chính</h1>
        <p>
          Khi một bài đã đăng có thông tin sai, Ban biên tập sửa lại và ghi đính chính ở đầu bài. Đây là tất cả các đính
          chính, mới nhất trước.
        </p>
      </header>
      <p className="doc-meta" role="status">
        {result.totalDocs} đính chính
      </p>
      {result.docs.length === 0 ? <p className="empty">Chưa có đính chính nào.</p> : null}
      <ol className="corrections-list">
        {result.docs.map((c) => (
          <li key={c.id}>
            <time dateTime={c.at}>{formatDateTime(c.at)}</time>
            {' — '}
            <Link href={`/tin-tuc/${c.article.slug}`}>{c.article.title}</Link>
            <p>{c.text}</p>
          </li>
        ))}
      </ol>
      <Pagination basePath="/dinh-chinh" page={page} totalPages={result.totalPages} />
    </>
  )
}
