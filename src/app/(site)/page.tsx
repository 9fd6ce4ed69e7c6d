import type { Metadata } from 'next'
import Link from 'next/link'
import { ArticleCard, ArticleList } from '@/components/ArticleCard'
import { Pagination, pageParam } from '@/components/Pagination'
import { homepagePicks, readMany } from '@/data'
import { pageMetadata } from '@/seo'
import { PUBLISHED } from '@/access'

export function generateMetadata(): Metadata {
  return pageMetadata('/')
}

/** Page N of the latest articles (`/?trang=N`) is rewritten to /trang/N (next.config.mjs), so every page is static. */
export default async function HomePage({ params }: { params: Promise<{ trang?: string }> }) {
  const page = pageParam((await params).trang)
  const { featured, dontMiss } = await homepagePicks()
  const latest = await readMany('articles', { where: PUBLISHED, sort: '-publishedAt', limit: 10, page })
  const { docs: categories } = await readMany('categories', { sort: 'order', limit: 6, depth: 0 })
  const byCategory = await Promise.all(
    categories.map(async (c) => ({
      category: c,
      articles: (
        await readMany('articles', {
          where: { ...PUBLISHED, categories: { in: [c.id] } },
          sort: '-publishedAt',
          limit: 3,
        })
      ).docs,
    })),
  )
  const [hero, ...moreFeatured] = featured
  return (
    <>
      <h1 className="visually-hidden">Soi Sửa — Tin tức Đề án 05</h1>
      <div className="home-grid">
        <section aria-labelledby="noi-bat">
          <h2 id="noi-bat" className="section-title">
            Nổi bật
          </h2>
          {hero ? <ArticleCard article={hero} variant="hero" /> : <p className="empty">Chưa có bài nổi bật.</p>}
          {moreFeatured.length ? <ArticleList articles={moreFeatured} /> : null}
        </section>
        <aside aria-labelledby="dung-bo-lo">
          <h2 id="dung-bo-lo" className="section-title">
            Đừng bỏ lỡ
          </h2>
          <ArticleList articles={dontMiss} variant="compact" empty="Ban biên tập chưa chọn bài." />
        </aside>
      </div>
      <section aria-labelledby="moi-nhat">
        <h2 id="moi-nhat" className="section-title">
          Tin mới
        </h2>
        <ArticleList articles={latest.docs} empty="Chưa có bài viết nào được đăng." />
        <Pagination basePath="/" page={page} totalPages={latest.totalPages} />
      </section>
      {byCategory
        .filter((g) => g.articles.length)
        .map(({ category, articles }) => (
          <section key={category.id} aria-label={category.title}>
            <h2 className="section-title">
              <Link href={`/chuyen-muc/${category.slug}`}>{category.title}</Link>
            </h2>
            <ArticleList articles={articles} variant="compact" />
          </section>
        ))}
    </>
  )
}
