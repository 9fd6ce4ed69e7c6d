/**
 * The documents list and a document's page, for two audiences. `/van-ban` and
 * `/van-ban/<slug>` read as the request's reader (staff also see internal documents), so they
 * are rendered per request; the public's requests — no login, no preview — are rewritten
 * (next.config.mjs) to `/cong-khai/van-ban…`, the same views read as nobody, rendered once and
 * served from the cache.
 */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AttachmentList } from '@/components/documents/AttachmentList'
import { CitingArticles } from '@/components/documents/CitingArticles'
import { DocumentBadges } from '@/components/documents/DocumentBadges'
import { documentHeading } from '@/components/documents/DocumentList'
import '@/components/documents/documents.css'
import { RichText } from '@/blocks/RichText'
import {
  articlesCiting,
  documentBySlug,
  documentFilterChoices,
  documentsReferring,
  indicatorsIssuedBy,
  listDocuments,
  type Audience,
} from '@/data/documents'
import { DOCUMENT_RELATIONS } from '@/documents/taxonomy'
import type { GuidanceDocumentDoc } from '@/documents/types'
import { DocumentFilters } from '@/components/documents/DocumentFilters'
import { DocumentList } from '@/components/documents/DocumentList'
import { DatasetDownloads } from '@/components/open-data/DatasetDownloads'
import { Pagination } from '@/components/Pagination'
import type { DocumentFilters as Filters } from '@/documents/filters'
import { pageMetadata } from '@/seo'
import { formatDate } from '@/vietnamese'

export async function documentMetadata(slug: string, audience: Audience): Promise<Metadata> {
  const d = await documentBySlug(slug, audience)
  if (!d) return { title: 'Không tìm thấy văn bản' }
  return pageMetadata(`/van-ban/${d.slug}`, {
    title: `${documentHeading(d)}: ${d.title}`,
    description: d.summary,
    robots: d.visibility === 'internal' ? { index: false, follow: false } : undefined,
  })
}

const relationLabel = (value: string | null | undefined, inverse = false) => {
  const r = DOCUMENT_RELATIONS.find((x) => x.value === value)
  return r ? (inverse ? r.inverse : r.label) : ''
}

const DocLink = ({ d }: { d: GuidanceDocumentDoc }) => (
  <Link href={`/van-ban/${d.slug}`}>
    {documentHeading(d)}: {d.title}
  </Link>
)

export async function DocumentView({ slug, audience }: { slug: string; audience: Audience }) {
  const d = await documentBySlug(slug, audience)
  if (!d) notFound()
  const [referring, articles, indicators] = await Promise.all([
    documentsReferring(d.id, audience),
    articlesCiting('documents', d.id),
    indicatorsIssuedBy(d.id),
  ])
  const outgoing = (d.relatedDocuments ?? []).filter((r) => r.document && typeof r.document === 'object') as Array<{
    id?: string
    relation?: string | null
    document: GuidanceDocumentDoc
  }>
  const incoming = referring.flatMap((other) =>
    (other.relatedDocuments ?? [])
      .filter((r) => (typeof r.document === 'object' ? r.document?.id : r.document) === d.id)
      .map((r) => ({ relation: r.relation, document: other })),
  )
  const replacedBy = incoming.filter((r) => r.relation === 'replaces')
  return (
    <article className="document">
      <header className="page-head">
        <nav className="breadcrumbs" aria-label="Đường dẫn">
          <Link href="/van-ban">Văn bản</Link> ›
        </nav>
        <p className="doc-meta">
          {documentHeading(d)} <DocumentBadges status={d.status} visibility={d.visibility} />
        </p>
        <h1>{d.title}</h1>
      </header>

      {d.status === 'withdrawn' ? (
        <div className="notice notice--error" role="note">
          <strong>Văn bản này đã bị thu hồi.</strong> {d.withdrawalReason ? <>Lý do: {d.withdrawalReason}</> : null}
        </div>
      ) : null}
      {d.status === 'superseded' ? (
        <div className="notice notice--warn" role="note">
          <strong>Văn bản này đã được thay thế.</strong>{' '}
          {replacedBy.length ? (
            <>
              Xem văn bản thay thế:{' '}
              {replacedBy.map((r, i) => (
                <span key={r.document.id}>
                  {i > 0 ? '; ' : ''}
                  <DocLink d={r.document} />
                </span>
              ))}
            </>
          ) : null}
        </div>
      ) : null}
      {d.visibility === 'internal' ? (
        <p className="notice notice--warn">Văn bản nội bộ: chỉ cán bộ đăng nhập mới xem được.</p>
      ) : null}

      <dl className="doc-facts">
        {d.number ? (
          <>
            <dt>Số, ký hiệu</dt>
            <dd>{d.number}</dd>
          </>
        ) : null}
        {d.issuer ? (
          <>
            <dt>Cơ quan ban hành</dt>
            <dd>{d.issuer}</dd>
          </>
        ) : null}
        {d.issuedAt ? (
          <>
            <dt>Ngày ban hành</dt>
            <dd>
              <time dateTime={d.issuedAt}>{formatDate(d.issuedAt)}</time>
            </dd>
          </>
        ) : null}
        {d.effectiveAt ? (
          <>
            <dt>Ngày hiệu lực</dt>
            <dd>
              <time dateTime={d.effectiveAt}>{formatDate(d.effectiveAt)}</time>
            </dd>
          </>
        ) : null}
      </dl>

      {d.summary ? <p className="article__lead">{d.summary}</p> : null}
      <RichText data={d.body} className="article__body" />

      {(d.attachments ?? []).length ? (
        <section className="doc-section" aria-labelledby="tep-dinh-kem">
          <h2 id="tep-dinh-kem">Tệp đính kèm</h2>
          <AttachmentList attachments={d.attachments} />
        </section>
      ) : null}

      {outgoing.length || incoming.length ? (
        <section className="doc-section" aria-labelledby="van-ban-lien-quan">
          <h2 id="van-ban-lien-quan">Văn bản liên quan</h2>
          <ul className="plain-list">
            {outgoing.map((r) => (
              <li key={`o-${r.document.id}-${r.relation}`}>
                {relationLabel(r.relation)}: <DocLink d={r.document} />
              </li>
            ))}
            {incoming.map((r) => (
              <li key={`i-${r.document.id}-${r.relation}`}>
                {relationLabel(r.relation, true)}: <DocLink d={r.document} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {indicators.length ? (
        <section className="doc-section" aria-labelledby="bieu-hien-ban-hanh">
          <h2 id="bieu-hien-ban-hanh">Biểu hiện do văn bản này xác định</h2>
          <ul className="plain-list">
            {indicators.map((i) => (
              <li key={i.id}>
                <span className="code">{i.code}</span>
                <Link href={`/bieu-hien/${i.code.toLowerCase()}`}>{i.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {(d.changeHistory ?? []).length ? (
        <section className="doc-section" aria-labelledby="lich-su">
          <h2 id="lich-su">Lịch sử thay đổi</h2>
          <ul className="plain-list">
            {(d.changeHistory ?? []).map((h, i) => (
              <li key={h.id ?? i}>
                {h.date ? (
                  <>
                    <time dateTime={h.date}>{formatDate(h.date)}</time>:{' '}
                  </>
                ) : null}
                {h.note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <CitingArticles articles={articles} title="Bài viết nhắc đến văn bản này" />
    </article>
  )
}

export const documentsMetadata = (): Metadata =>
  pageMetadata('/van-ban', {
    title: 'Văn bản',
    description: 'Nghị quyết, chỉ thị, kế hoạch, hướng dẫn và biểu mẫu thực hiện Đề án 05.',
  })

export async function DocumentsView({ filters, audience }: { filters: Filters; audience: Audience }) {
  const [result, choices] = await Promise.all([listDocuments(filters, 20, audience), documentFilterChoices(audience)])
  return (
    <>
      <header className="page-head">
        <h1>Văn bản</h1>
        <p>Nghị quyết, chỉ thị, kế hoạch, hướng dẫn và biểu mẫu thực hiện Đề án 05.</p>
      </header>
      <DocumentFilters filters={filters} issuers={choices.issuers} years={choices.years} />
      <p className="doc-meta" role="status">
        {result.totalDocs} văn bản
      </p>
      <DatasetDownloads slug="van-ban" year={filters.year} />
      <DocumentList documents={result.docs} empty="Không có văn bản nào phù hợp với bộ lọc." />
      <Pagination
        basePath="/van-ban"
        page={filters.page}
        totalPages={result.totalPages}
        query={{
          loai: filters.type,
          'co-quan': filters.issuer,
          nam: filters.year ? String(filters.year) : undefined,
          'tinh-trang': filters.status,
        }}
      />
    </>
  )
}
