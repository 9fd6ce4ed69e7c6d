import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { ArticleDoc } from '@/components/types'
import { readOne, seriesParts } from '@/data'
import { pageMetadata } from '@/seo'
import { formatDateTime } from '@/vietnamese'
import { isSlug } from '@/http/namedPages'

type Props = { params: Promise<{ slug: string }> }

const series = (slug: string) => (isSlug(slug) ? readOne('series', { slug: { equals: slug } }, { depth: 0 }) : null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = await series((await params).slug)
  if (!s) return { title: 'Không tìm thấy loạt bài' }
  return pageMetadata(`/loat-bai/${s.slug}`, { title: `Loạt bài: ${s.title}`, description: s.description })
}

/** None at build time: each page is rendered on its first request and then served from the cache. */
export async function generateStaticParams() {
  return []
}

export default async function SeriesPage({ params }: Props) {
  const s = await series((await params).slug)
  if (!s) notFound()
  const parts: ArticleDoc[] = await seriesParts(s.id)
  return (
    <>
      <header className="page-head">
        <p className="breadcrumbs">Loạt bài</p>
        <h1>{s.title}</h1>
        {s.description ? <p>{s.description}</p> : null}
      </header>
      {parts.length ? (
        <ol className="article-list">
          {parts.map((a) => (
            <li key={a.id} className="card card--compact">
              <div>
                <strong className="article__part">{a.part ? `Kỳ ${a.part}` : 'Bài'}</strong>{' '}
                <Link href={`/tin-tuc/${a.slug}`}>{a.title}</Link>
                {a.publishedAt ? <div className="card__time">{formatDateTime(a.publishedAt)}</div> : null}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">Loạt bài chưa có kỳ nào được đăng.</p>
      )}
    </>
  )
}
