import type { Metadata } from 'next'
import Link from 'next/link'
import '@/components/documents/documents.css'
import { DatasetDownloads } from '@/components/open-data/DatasetDownloads'
import { catalogueByGroup } from '@/data/catalogue'
import { pageMetadata } from '@/seo'

export function generateMetadata(): Metadata {
  return pageMetadata('/bieu-hien', {
    title: 'Danh mục biểu hiện',
    description:
      'Các biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”: giải thích, ví dụ và gợi ý khắc phục.',
  })
}

export default async function CataloguePage() {
  const groups = await catalogueByGroup()
  const total = groups.reduce((n, g) => n + g.indicators.reduce((m, i) => m + 1 + i.specifics.length, 0), 0)
  return (
    <>
      <header className="page-head">
        <h1>Danh mục biểu hiện</h1>
        <p>
          {total} biểu hiện trong {groups.length} nhóm. Mỗi biểu hiện có giải thích, ví dụ trong thực tế và gợi ý khắc
          phục; biểu hiện cụ thể của địa phương nằm dưới biểu hiện gốc.
        </p>
        <DatasetDownloads slug="danh-muc-bieu-hien" />
      </header>
      {groups.length === 0 ? <p className="empty">Danh mục chưa có biểu hiện nào.</p> : null}
      {groups.map((g) => (
        <section key={g.id} className="catalogue-group" aria-labelledby={`nhom-${g.code.toLowerCase()}`}>
          <h2 className="section-title" id={`nhom-${g.code.toLowerCase()}`}>
            {g.name}
          </h2>
          {g.description ? <p>{g.description}</p> : null}
          <ol className="catalogue-list">
            {g.indicators.map((i) => (
              <li key={i.id}>
                <span className="code">{i.code}</span>
                <Link href={`/bieu-hien/${i.code.toLowerCase()}`}>{i.title}</Link>
                {i.specifics.length ? (
                  <ul>
                    {i.specifics.map((s) => (
                      <li key={s.id}>
                        <span className="code">{s.code}</span>
                        <Link href={`/bieu-hien/${s.code.toLowerCase()}`}>{s.title}</Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  )
}
