import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArticleList } from '@/components/ArticleCard'
import { Pagination, pageParam } from '@/components/Pagination'
import { readMany, readOne } from '@/data'
import { pageMetadata } from '@/seo'
import { PUBLISHED } from '@/access'
import { isSlug } from '@/http/namedPages'

/** `?trang=N` is rewritten to …/trang/N (next.config.mjs), which renders this page too: every page is static. */
type Props = { params: Promise<{ slug: string; trang?: string }> }

const category = (slug: string) =>
  isSlug(slug) ? readOne('categories', { slug: { equals: slug } }, { depth: 1 }) : null

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await category((await params).slug)
  if (!c) return { title: 'Không tìm thấy chuyên mục' }
  return pageMetadata(`/chuyen-muc/${c.slug}`, { title: c.title, description: c.description })
}

/** None at build time: each page is rendered on its first request and then served from the cache. */
export async function generateStaticParams() {
  return []
}

export default async function CategoryPage({ params }: Props) {
  const c = await category((await params).slug)
  if (!c) notFound()
  const page = pageParam((await params).trang)
  const children = await readMany('categories', {
    where: { parent: { equals: c.id } },
    sort: 'order',
    limit: 50,
    depth: 0,
  })
  const ids = [c.id, ...children.docs.map((d) => d.id)]
  const articles = await readMany('articles', {
    where: { ...PUBLISHED, categories: { in: ids } },
    sort: '-publishedAt',
    limit: 12,
    page,
  })
  const parent = c.parent && typeof c.parent === 'object' ? c.parent : null
  return (
    <>
      <header className="page-head">
        {parent ? (
          <nav className="breadcrumbs" aria-label="Chuyên mục cha">
            <Link href={`/chuyen-muc/${parent.slug}`}>{parent.title}</Link> ›
          </nav>
        ) : null}
        <h1>{c.title}</h1>
        {c.description ? <p>{c.description}</p> : null}
        {children.docs.length ? (
          <p>
            {children.docs.map((d, i) => (
              <span key={d.id}>
                {i > 0 ? ' · ' : ''}
                <Link href={`/chuyen-muc/${d.slug}`}>{d.title}</Link>
              </span>
            ))}
          </p>
        ) : null}
      </header>
      <section aria-labelledby="bai-viet">
        <h2 id="bai-viet" className="section-title">
          Bài viết
        </h2>
        <ArticleList articles={articles.docs} empty="Chuyên mục này chưa có bài viết." />
        <Pagination basePath={`/chuyen-muc/${c.slug}`} page={page} totalPages={articles.totalPages} />
      </section>
    </>
  )
}
