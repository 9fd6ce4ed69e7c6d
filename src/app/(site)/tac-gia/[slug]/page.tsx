import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleList } from '@/components/ArticleCard'
import { Pagination, pageParam } from '@/components/Pagination'
import { readMany, readOne } from '@/data'
import { pageMetadata } from '@/seo'
import { PUBLISHED } from '@/access'
import { isSlug } from '@/http/namedPages'

/** `?trang=N` is rewritten to …/trang/N (next.config.mjs), which renders this page too: every page is static. */
type Props = { params: Promise<{ slug: string; trang?: string }> }

const author = (slug: string) =>
  isSlug(slug)
    ? readOne('authors', { slug: { equals: slug } }, { depth: 0, select: { name: true, slug: true, bio: true } })
    : null

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await author((await params).slug)
  if (!a) return { title: 'Không tìm thấy tác giả' }
  return pageMetadata(`/tac-gia/${a.slug}`, { title: `Tác giả ${a.name}`, description: a.bio })
}

/** None at build time: each page is rendered on its first request and then served from the cache. */
export async function generateStaticParams() {
  return []
}

export default async function AuthorPage({ params }: Props) {
  const a = await author((await params).slug)
  if (!a) notFound()
  const page = pageParam((await params).trang)
  const articles = await readMany('articles', {
    where: { ...PUBLISHED, authors: { in: [a.id] } },
    sort: '-publishedAt',
    limit: 12,
    page,
  })
  return (
    <>
      <header className="page-head">
        <p className="breadcrumbs">Tác giả</p>
        <h1>{a.name}</h1>
        {a.bio ? <p>{a.bio}</p> : null}
        <p>{articles.totalDocs} bài viết</p>
      </header>
      <section aria-labelledby="bai-viet">
        <h2 id="bai-viet" className="section-title">
          Bài viết
        </h2>
        <ArticleList articles={articles.docs} empty="Tác giả chưa có bài viết được đăng." />
        <Pagination basePath={`/tac-gia/${a.slug}`} page={page} totalPages={articles.totalPages} />
      </section>
    </>
  )
}
