import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { lastModified } from '@/articles/notes'
import { ArticleList } from '@/components/ArticleCard'
import { ArticleNotes } from '@/components/ArticleNotes'
import { CommentForm } from '@/components/CommentForm'
import { LivePreviewRefresh } from '@/components/LivePreviewRefresh'
import { Picture } from '@/components/Picture'
import { RichText } from '@/blocks/RichText'
import {
  populated,
  populatedList,
  type ArticleDoc,
  type AuthorDoc,
  type CategoryDoc,
  type MediaDoc,
  type SeriesDoc,
} from '@/components/types'
import { approvedComments, articleBySlug, homepagePicks, seriesParts } from '@/data'
import { pageMetadata } from '@/seo'
import { siteUrl, SITE_LOGO, SITE_LOGO_SIZE, SITE_NAME } from '@/site'
import { formatDate, formatDateTime } from '@/vietnamese'

type Props = { params: Promise<{ slug: string }> }

function ogImage(article: ArticleDoc): MediaDoc | null {
  return populated<MediaDoc>((article.meta?.image ?? article.cover) as MediaDoc | string | null)
}

function absolute(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  return url.startsWith('http') ? url : `${siteUrl()}${url}`
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { article } = await articleBySlug(slug)
  if (!article) return { title: 'Không tìm thấy bài viết', robots: { index: false } }
  const image = ogImage(article)
  const og = image?.sizes?.og?.url ?? image?.url
  return pageMetadata(`/tin-tuc/${article.slug}`, {
    title: article.meta?.title || article.title,
    description: article.meta?.description || article.lead,
    image: og ? { url: og, width: 1200, height: 630, alt: image?.alt } : null,
    openGraph: {
      type: 'article',
      title: article.title,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: lastModified(article),
      authors: populatedList<AuthorDoc>(article.authors).map((a) => a.name),
    },
  })
}

function jsonLd(article: ArticleDoc) {
  const image = ogImage(article)
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lead ?? undefined,
    datePublished: article.publishedAt ?? undefined,
    // The last change the reader was told about: the newest correction or update, else publication.
    dateModified: lastModified(article),
    mainEntityOfPage: `${siteUrl()}/tin-tuc/${article.slug}`,
    image: image ? [absolute(image.sizes?.og?.url ?? image.url)] : undefined,
    author: populatedList<AuthorDoc>(article.authors).map((a) => ({
      '@type': 'Person',
      name: a.name,
      url: `${siteUrl()}/tac-gia/${a.slug}`,
    })),
    publisher: {
      '@type': 'Organization',
      name: SITE_NAME,
      url: siteUrl(),
      logo: { '@type': 'ImageObject', url: absolute(SITE_LOGO), ...SITE_LOGO_SIZE },
    },
    inLanguage: 'vi',
  }
  // "<" is escaped so that article text can never close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

function usesImage(body: unknown, id: string): boolean {
  return JSON.stringify(body ?? '').includes(id)
}

/** None at build time: each page is rendered on its first request and then served from the cache. */
export async function generateStaticParams() {
  return []
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const { article, preview } = await articleBySlug(slug)
  if (!article) notFound()
  const series = populated<SeriesDoc>(article.series as SeriesDoc | string | null)
  const parts = series ? await seriesParts(series.id) : []
  const index = parts.findIndex((p) => p.id === article.id)
  const prev = index > 0 ? parts[index - 1] : null
  const next = index >= 0 && index < parts.length - 1 ? parts[index + 1] : null
  const authors = populatedList<AuthorDoc>(article.authors)
  const categories = populatedList<CategoryDoc>(article.categories)
  const cover = populated<MediaDoc>(article.cover as MediaDoc | string | null)
  const related = populatedList<ArticleDoc>(article.related).filter((r) => r._status === 'published' || preview)
  const comments = await approvedComments(article.id)
  const permalink = `/tin-tuc/${article.slug}`
  const picks = await homepagePicks()
  const others = (list: ArticleDoc[]) => list.filter((a) => a.id !== article.id).slice(0, 5)
  return (
    <div className="article-layout">
      <article className="article">
        {preview ? (
          <>
            <p className="notice notice--warn">
              Bản xem trước — {article._status === 'published' ? 'đã đăng' : 'chưa đăng'}. Người đọc chưa thấy các thay
              đổi chưa đăng.
            </p>
            <LivePreviewRefresh serverURL={siteUrl()} />
          </>
        ) : null}
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(article) }} />
        {categories.length ? (
          <nav className="breadcrumbs" aria-label="Đường dẫn">
            {categories.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? ' · ' : ''}
                <Link href={`/chuyen-muc/${c.slug}`}>{c.title}</Link>
              </span>
            ))}
          </nav>
        ) : null}
        {series ? (
          <p className="article__series">
            <span>
              Loạt bài: <Link href={`/loat-bai/${series.slug}`}>{series.title}</Link>
            </span>
            {article.part ? <span className="article__part">{`Kỳ ${article.part}`}</span> : null}
          </p>
        ) : null}
        <h1 className="article__title">{article.title}</h1>
        <p className="article__meta">
          {authors.length ? (
            <span className="byline">
              {authors.map((a, i) => (
                <span key={a.id}>
                  {i > 0 ? ', ' : ''}
                  <Link href={`/tac-gia/${a.slug}`} rel="author">
                    {a.name}
                  </Link>
                </span>
              ))}
            </span>
          ) : null}
          {article.publishedAt ? (
            <time dateTime={article.publishedAt} title={formatDate(article.publishedAt)}>
              {formatDateTime(article.publishedAt)}
            </time>
          ) : null}
        </p>
        <ArticleNotes notes={article.notes} />
        {article.lead ? <p className="article__lead">{article.lead}</p> : null}
        {cover && !usesImage(article.body, cover.id) ? (
          <figure className="figure">
            <Picture media={cover} size="article" eager />
            {article.coverCaption || cover.caption ? (
              <figcaption>{article.coverCaption || cover.caption}</figcaption>
            ) : null}
          </figure>
        ) : null}
        <RichText data={article.body} className="article__body" />
        {series && (prev || next) ? (
          <nav className="series-nav" aria-label="Các kỳ trong loạt bài">
            {prev ? (
              <Link href={`/tin-tuc/${prev.slug}`} rel="prev">
                <small>‹ Kỳ trước{prev.part ? ` (kỳ ${prev.part})` : ''}</small>
                {prev.title}
              </Link>
            ) : null}
            {next ? (
              <Link href={`/tin-tuc/${next.slug}`} rel="next" className="series-nav__next">
                <small>Kỳ sau{next.part ? ` (kỳ ${next.part})` : ''} ›</small>
                {next.title}
              </Link>
            ) : null}
          </nav>
        ) : null}
        {related.length ? (
          <section className="related" aria-labelledby="lien-quan">
            <h2 id="lien-quan" className="section-title">
              Bài liên quan
            </h2>
            <ArticleList articles={related} variant="compact" />
          </section>
        ) : null}
        <section id="binh-luan" className="comments" aria-labelledby="binh-luan-title">
          <h2 id="binh-luan-title">{`(${comments.totalDocs}) Bình luận`}</h2>
          {comments.docs.length ? (
            comments.docs.map((c) => (
              <div key={c.id} className="comment">
                <span className="comment__name">{c.authorName}</span>
                <time className="comment__time" dateTime={c.createdAt}>
                  {formatDateTime(c.createdAt)}
                </time>
                <p className="comment__body">{c.body}</p>
              </div>
            ))
          ) : (
            <p className="empty">Chưa có bình luận nào. Hãy là người đầu tiên góp ý.</p>
          )}
          {article.commentsEnabled !== false && !preview ? (
            <CommentForm articleId={article.id} permalink={`${permalink}#binh-luan`} />
          ) : article.commentsEnabled === false ? (
            <p className="empty">Bài viết này đã tắt bình luận.</p>
          ) : null}
        </section>
      </article>
      <aside className="article-aside" aria-label="Tin nổi bật, đừng bỏ lỡ">
        <section aria-labelledby="noi-bat">
          <h2 id="noi-bat" className="section-title">
            Nổi bật
          </h2>
          <ArticleList articles={others(picks.featured)} variant="compact" empty="Chưa có bài nổi bật." />
        </section>
        <section aria-labelledby="dung-bo-lo">
          <h2 id="dung-bo-lo" className="section-title">
            Đừng bỏ lỡ
          </h2>
          <ArticleList articles={others(picks.dontMiss)} variant="compact" empty="Ban biên tập chưa chọn bài." />
        </section>
      </aside>
    </div>
  )
}
