import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CitingArticles } from '@/components/documents/CitingArticles'
import { documentHeading } from '@/components/documents/DocumentList'
import '@/components/documents/documents.css'
import { indicatorByCode, specificIndicators } from '@/data/catalogue'
import { articlesCiting } from '@/data/documents'
import type { GuidanceDocumentDoc, IndicatorDoc, IndicatorGroupDoc } from '@/documents/types'
import { pageMetadata } from '@/seo'

type Props = { params: Promise<{ code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const i = await indicatorByCode((await params).code)
  if (!i) return { title: 'Không tìm thấy biểu hiện' }
  return pageMetadata(`/bieu-hien/${i.code.toLowerCase()}`, {
    title: `${i.code} — ${i.title}`,
    description: i.explanation?.slice(0, 300),
  })
}

const obj = <T,>(v: T | string | null | undefined): T | null => (v && typeof v === 'object' ? v : null)

function Section({ id, title, text }: { id: string; title: string; text?: string | null }) {
  if (!text?.trim()) return null
  return (
    <section className="doc-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="indicator-text">{text}</p>
    </section>
  )
}

/** None at build time: each page is rendered on its first request and then served from the cache. */
export async function generateStaticParams() {
  return []
}

export default async function IndicatorPage({ params }: Props) {
  const i = await indicatorByCode((await params).code)
  if (!i) notFound()
  const group = obj<IndicatorGroupDoc>(i.group)
  const parent = obj<IndicatorDoc>(i.parent)
  const source = obj<GuidanceDocumentDoc>(i.sourceDocument)
  const [specifics, articles] = await Promise.all([
    parent ? Promise.resolve([]) : specificIndicators(i.id),
    articlesCiting('indicators', i.id),
  ])
  return (
    <article className="indicator">
      <header className="page-head">
        <nav className="breadcrumbs" aria-label="Đường dẫn">
          <Link href="/bieu-hien">Danh mục biểu hiện</Link>
          {group ? (
            <>
              {' '}
              › <Link href={`/bieu-hien#nhom-${group.code.toLowerCase()}`}>{group.name}</Link>
            </>
          ) : null}
          {parent ? (
            <>
              {' '}
              › <Link href={`/bieu-hien/${parent.code.toLowerCase()}`}>{parent.code}</Link>
            </>
          ) : null}
        </nav>
        <p className="doc-meta">
          <span className="code">{i.code}</span>
          {parent ? `Biểu hiện cụ thể của ${parent.code}` : 'Biểu hiện gốc'}
        </p>
        <h1>{i.title}</h1>
      </header>
      {parent ? (
        <p>
          Thuộc biểu hiện gốc:{' '}
          <Link href={`/bieu-hien/${parent.code.toLowerCase()}`}>
            <span className="code">{parent.code}</span>
            {parent.title}
          </Link>
        </p>
      ) : null}
      <Section id="giai-thich" title="Giải thích" text={i.explanation} />
      <Section id="vi-du" title="Ví dụ trong thực tế" text={i.examples} />
      <Section id="khac-phuc" title="Gợi ý khắc phục" text={i.remedies} />
      {source ? (
        <p className="doc-meta">
          Văn bản ban hành:{' '}
          <Link href={`/van-ban/${source.slug}`}>
            {documentHeading(source)}: {source.title}
          </Link>
        </p>
      ) : null}
      {specifics.length ? (
        <section className="doc-section" aria-labelledby="bieu-hien-cu-the">
          <h2 id="bieu-hien-cu-the">Biểu hiện cụ thể</h2>
          <ul className="plain-list">
            {specifics.map((s) => (
              <li key={s.id}>
                <span className="code">{s.code}</span>
                <Link href={`/bieu-hien/${s.code.toLowerCase()}`}>{s.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CitingArticles articles={articles} title="Bài viết nhắc đến biểu hiện này" />
    </article>
  )
}
