import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DistrictTable } from '@/components/progress/DistrictTable'
import { YearPicker } from '@/components/progress/YearPicker'
import { TallyBar } from '@/components/progress/TallyBar'
import { TimelineChart } from '@/components/progress/TimelineChart'
import { progressYearsForPublic, publicProvince, publicProvinceProgress } from '@/data'
import { pageYear } from '@/progress/params'
import { PROGRESS_LABELS, PROGRESS_STATES } from '@/progress/tally'
import { siteUrl } from '@/site'
import { formatDateTime } from '@/vietnamese'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = {
  title: 'Tiến độ thực hiện Đề án 05 toàn tỉnh',
  description:
    'Số liệu tổng hợp hồ sơ nhận diện, khắc phục của các tổ chức cơ sở đảng, theo từng đảng bộ huyện trong tỉnh.',
  alternates: { canonical: `${siteUrl()}/tien-do/tinh` },
}

/** The province's roll-up: published only when an editor turns it on in the progress settings. */
export default async function ProvinceProgressPage({ searchParams }: Props) {
  // Read first: a page that reads its query string is rendered per request (its reads are
  // cached). Reading it after an early notFound() would let the build take the page for static.
  const { nam } = await searchParams
  if (!(await publicProvince())) notFound()
  const years = await progressYearsForPublic()
  // Only years that have dossiers: any other ?nam= is a page that does not exist.
  const year = pageYear(years, nam)
  if (year === null) notFound()
  const data = year ? await publicProvinceProgress(year) : null
  const r = data?.rollup

  return (
    <div className="progress-page">
      <header className="page-head">
        <h1>Tiến độ thực hiện Đề án 05 toàn tỉnh</h1>
        <p>
          Số liệu tổng hợp hồ sơ nhận diện, khắc phục của các tổ chức cơ sở đảng (TCCS đảng) theo từng đảng bộ huyện
          {r?.province.name ? ` thuộc ${r.province.name}` : ''}. Trang chỉ công bố số liệu tổng hợp, không công bố hồ sơ
          của tổ chức nào. <Link href="/tien-do">Xem trang tiến độ của huyện</Link>.
        </p>
      </header>

      <YearPicker years={years} year={year} path="/tien-do/tinh" />

      {r && data ? (
        <>
          <section aria-labelledby="toan-tinh">
            <h2 className="section-title" id="toan-tinh">
              Hồ sơ năm {year} toàn tỉnh
            </h2>
            <p className="tally-sentence" data-testid="province-sentence">{`${r.sentence}.`}</p>
            <ul className="figure-cards">
              {PROGRESS_STATES.map((s) => (
                <li key={s} className={`figure-card figure-card--${s}`}>
                  <strong>{r.total[s]}</strong>
                  <span>{PROGRESS_LABELS[s]}</span>
                </li>
              ))}
            </ul>
            <TallyBar
              tally={r.total}
              id="bieu-do-tinh"
              title={`Tình trạng hồ sơ năm ${year} của ${r.total.total} TCCS đảng toàn tỉnh`}
              description={`${r.sentence}.`}
            />
          </section>
          <section aria-labelledby="theo-huyen">
            <h2 className="section-title" id="theo-huyen">
              Theo từng đảng bộ huyện
            </h2>
            <DistrictTable
              rows={r.districts}
              total={r.total}
              caption={`Số TCCS đảng theo tình trạng hồ sơ năm ${year}, theo đảng bộ huyện`}
              totalLabel="Toàn tỉnh"
            />
            <p className="muted">
              Số liệu {r.live ? 'cập nhật đến' : 'tính đến'} {formatDateTime(r.asOf)}. Tổ chức thành lập chưa đủ{' '}
              {r.newOrganizationMonths} tháng được tính là “mới thành lập”; tỷ lệ đầy đủ hồ sơ tính trên số TCCS đảng
              phải lập hồ sơ.
            </p>
          </section>
          <section aria-labelledby="dien-bien-tinh">
            <h2 className="section-title" id="dien-bien-tinh">
              Diễn biến theo tháng
            </h2>
            <TimelineChart
              points={data.timeline}
              id="bieu-do-thang-tinh"
              title={`Tình trạng hồ sơ năm ${year} toàn tỉnh cuối mỗi tháng`}
              unit="TCCS đảng"
            />
          </section>
        </>
      ) : (
        <p className="empty">Chưa có số liệu hồ sơ nhận diện, khắc phục của tỉnh.</p>
      )}
    </div>
  )
}
