import type { Metadata } from 'next'
import Link from 'next/link'
import '@/components/documents/documents.css'
import { Pagination, pageParam } from '@/components/Pagination'
import { SearchResults } from '@/components/search/SearchResults'
import { KIND_PARAMS, kindFromParam, searchSite } from '@/data/search'
import { SEARCH_KINDS, type SearchKind } from '@/search/rank'
import { pageMetadata } from '@/seo'
import { formatNumber } from '@/vietnamese'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = first((await searchParams).q)
    .trim()
    .slice(0, 200)
  return pageMetadata('/tim-kiem', { title: q ? `Tìm kiếm: ${q}` : 'Tìm kiếm', robots: { index: false, follow: true } })
}

const KIND_LABELS: Record<SearchKind, string> = { article: 'Bài viết', document: 'Văn bản', indicator: 'Biểu hiện' }

export default async function SearchPage({ searchParams }: Props) {
  const sp = await searchParams
  const q = first(sp.q).trim().slice(0, 200)
  const kind = kindFromParam(first(sp.loai))
  const result = q ? await searchSite(q, kind, pageParam(sp.trang)) : null
  const all = result ? SEARCH_KINDS.reduce((n, k) => n + result.counts[k], 0) : 0
  const link = (k: SearchKind | null) =>
    `/tim-kiem?${new URLSearchParams({ q, ...(k ? { loai: KIND_PARAMS[k] } : {}) })}`
  return (
    <>
      <header className="page-head">
        <h1>Tìm kiếm</h1>
        <p>Tìm trong bài viết, văn bản và danh mục biểu hiện; gõ có dấu hay không dấu đều được.</p>
      </header>
      <form className="search-form" method="get" action="/tim-kiem" role="search" aria-label="Tìm kiếm theo từ khóa">
        <label htmlFor="tu-khoa" className="visually-hidden">
          Từ khóa
        </label>
        <input
          id="tu-khoa"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={200}
          placeholder="Ví dụ: de an 05, kế hoạch 73, TT-01"
        />
        {kind ? <input type="hidden" name="loai" value={KIND_PARAMS[kind]} /> : null}
        <button type="submit" className="button">
          Tìm
        </button>
      </form>
      {result ? (
        <>
          <p role="status">
            {all > 0 ? (
              <>
                Tìm thấy {formatNumber(all)} kết quả cho “{q}”.
              </>
            ) : (
              <>Không tìm thấy kết quả nào cho “{q}”.</>
            )}
          </p>
          {all > 0 ? (
            <ul className="search-kinds" aria-label="Lọc theo loại">
              <li>
                {kind ? (
                  <Link href={link(null)}>Tất cả ({formatNumber(all)})</Link>
                ) : (
                  <span aria-current="page">Tất cả ({formatNumber(all)})</span>
                )}
              </li>
              {SEARCH_KINDS.map((k) => (
                <li key={k}>
                  {kind === k ? (
                    <span aria-current="page">
                      {KIND_LABELS[k]} ({formatNumber(result.counts[k])})
                    </span>
                  ) : (
                    <Link href={link(k)}>
                      {KIND_LABELS[k]} ({formatNumber(result.counts[k])})
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          <SearchResults hits={result.hits} labels={KIND_LABELS} />
          <Pagination
            basePath="/tim-kiem"
            page={result.page}
            totalPages={result.totalPages}
            query={{ q, loai: kind ? KIND_PARAMS[kind] : undefined }}
          />
        </>
      ) : null}
    </>
  )
}
