import type { Metadata } from 'next'
import Link from 'next/link'
import { DatasetDownloads } from '@/components/open-data/DatasetDownloads'
import { DATASETS, type ColumnType } from '@/open-data/datasets'
import { datasetPath } from '@/open-data/formats'
import { OPEN_DATA_LICENCE } from '@/open-data/licence'
import { COMPLEMENTARY, MIN_PUBLISHED_MEMBERS, SUPPRESSED } from '@/open-data/suppress'
import { siteUrl } from '@/site'

export const metadata: Metadata = {
  title: 'Dữ liệu mở',
  description: 'Tải về số liệu tổng hợp công khai của cổng (CSV, Excel, JSON) và gọi API dữ liệu mở.',
  alternates: { canonical: `${siteUrl()}/du-lieu-mo` },
}

const TYPE_LABELS: Record<ColumnType, string> = {
  string: 'văn bản',
  integer: 'số nguyên',
  memberCount: `số nguyên, “${SUPPRESSED}” hoặc “${COMPLEMENTARY}”`,
  date: 'ngày',
  datetime: 'ngày giờ',
  url: 'địa chỉ web',
}

// The example call names the server's own address, read at request time.
export const dynamic = 'force-dynamic'

const EXAMPLE_YEAR = 2022

export default function OpenDataPage() {
  return (
    <div className="open-data-page">
      <header className="page-head">
        <h1>Dữ liệu mở</h1>
        <p>
          Mọi số liệu tổng hợp và danh sách công khai trên cổng đều tải được dưới dạng CSV (UTF-8, mở được bằng Excel),
          Excel (XLSX) và JSON, hoặc đọc qua API chỉ đọc. Dữ liệu chỉ gồm những gì các trang công khai đã hiển thị: số
          tổng hợp, không có hồ sơ, tên đảng viên hay nội dung hồ sơ của tổ chức nào. Số đảng viên từ 1 đến{' '}
          {MIN_PUBLISHED_MEMBERS - 1} được ghi “{SUPPRESSED}” để không nhận ra cá nhân; khi đó số nhỏ nhất khác trong
          cùng nhóm được ghi “{COMPLEMENTARY}” để không suy ra được từ tổng số.
        </p>
        <p>
          Giấy phép:{' '}
          <a href={OPEN_DATA_LICENCE.url} rel="license">
            {OPEN_DATA_LICENCE.name} ({OPEN_DATA_LICENCE.title})
          </a>
          . {OPEN_DATA_LICENCE.attribution}. Mô tả API theo chuẩn OpenAPI 3:{' '}
          <a href="/api/open-data/openapi.json">/api/open-data/openapi.json</a>.
        </p>
      </header>
      {DATASETS.map((d) => {
        const example = `${siteUrl()}${datasetPath(d, { year: d.year === 'none' ? null : EXAMPLE_YEAR })}`
        return (
          <section key={d.slug} id={d.slug} aria-labelledby={`${d.slug}-title`} className="open-data-set">
            <h2 className="section-title" id={`${d.slug}-title`}>
              {d.title}
            </h2>
            <p>{d.description}</p>
            <p>
              Hiển thị trên trang <Link href={`${d.page}${d.anchor ? `#${d.anchor}` : ''}`}>{d.page}</Link>.{' '}
              {d.year === 'required'
                ? 'Chọn năm bằng tham số nam (mặc định: năm gần nhất có số liệu).'
                : d.year === 'optional'
                  ? 'Có thể lọc theo năm bằng tham số nam.'
                  : 'Không chia theo năm.'}
            </p>
            <DatasetDownloads slug={d.slug} />
            <table className="data-table">
              <caption>Các cột của bộ dữ liệu “{d.slug}”</caption>
              <thead>
                <tr>
                  <th scope="col">Cột (CSV, Excel)</th>
                  <th scope="col">Khóa (JSON)</th>
                  <th scope="col">Kiểu</th>
                  <th scope="col">Ý nghĩa</th>
                </tr>
              </thead>
              <tbody>
                {d.columns.map((c) => (
                  <tr key={c.key}>
                    <th scope="row">{c.heading}</th>
                    <td>
                      <code>{c.key}</code>
                    </td>
                    <td>{TYPE_LABELS[c.type]}</td>
                    <td>{c.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>Ví dụ gọi API:</p>
            <pre>
              <code>{`curl '${example}'`}</code>
            </pre>
          </section>
        )
      })}
    </div>
  )
}
