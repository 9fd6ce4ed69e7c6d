import Link from 'next/link'
import type { ArticleDoc } from '../types'
import { formatDate } from '@/vietnamese'

/** "Bài viết nhắc đến…": the published articles that cite a document or an indicator. */
export function CitingArticles({ articles, title }: { articles: ArticleDoc[]; title: string }) {
  if (articles.length === 0) return null
  return (
    <section className="doc-section" aria-labelledby="bai-viet-lien-quan">
      <h2 id="bai-viet-lien-quan">{title}</h2>
      <ul className="plain-list">
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={`/tin-tuc/${a.slug}`}>{a.title}</Link>
            {a.publishedAt ? (
              <>
                {' '}
                <time className="card__time" dateTime={a.publishedAt}>
                  {formatDate(a.publishedAt)}
                </time>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
