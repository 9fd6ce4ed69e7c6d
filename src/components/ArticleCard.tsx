import Link from 'next/link'
import { formatDateTime } from '@/vietnamese'
import { Picture } from './Picture'
import { populated, type ArticleDoc, type MediaDoc } from './types'

export function articleHref(a: Pick<ArticleDoc, 'slug'>): string {
  return `/tin-tuc/${a.slug}`
}

export function ArticleCard({
  article,
  variant = 'row',
  showLead = true,
}: {
  article: ArticleDoc
  variant?: 'row' | 'hero' | 'compact'
  showLead?: boolean
}) {
  const cover = populated<MediaDoc>(article.cover as MediaDoc | string | null)
  return (
    <article className={`card card--${variant}${cover && variant !== 'compact' ? '' : ' card--text'}`}>
      {cover && variant !== 'compact' ? (
        <Link href={articleHref(article)} className="card__media" tabIndex={-1} aria-hidden="true">
          <Picture media={cover} size={variant === 'hero' ? 'article' : 'card'} eager={variant === 'hero'} />
        </Link>
      ) : null}
      <div className="card__body">
        <h3 className="card__title">
          <Link href={articleHref(article)}>{article.title}</Link>
        </h3>
        {article.publishedAt ? (
          <time className="card__time" dateTime={article.publishedAt}>
            {formatDateTime(article.publishedAt)}
          </time>
        ) : null}
        {showLead && article.lead && variant !== 'compact' ? <p className="card__lead">{article.lead}</p> : null}
      </div>
    </article>
  )
}

export function ArticleList({
  articles,
  variant = 'row',
  empty,
}: {
  articles: ArticleDoc[]
  variant?: 'row' | 'compact'
  empty?: string
}) {
  if (!articles.length) return <p className="empty">{empty ?? 'Chưa có bài viết nào.'}</p>
  return (
    <ul className={`article-list article-list--${variant}`}>
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard article={a} variant={variant} />
        </li>
      ))}
    </ul>
  )
}
