import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DatasetDownloads } from '@/components/open-data/DatasetDownloads'
import { InspectionTallyView } from '@/components/progress/InspectionTallyView'
import { YearPicker } from '@/components/progress/YearPicker'
import { TallyBar } from '@/components/progress/TallyBar'
import { TallyTable } from '@/components/progress/TallyTable'
import { TimelineChart } from '@/components/progress/TimelineChart'
import { progressYearsForPublic, publicProgress, publicProvince, publishedInspectionTallies } from '@/data'
import { publicInspectionMembers } from '@/open-data/suppress'
import { pageYear } from '@/progress/params'
import { COMMITMENT_LABELS, PROGRESS_LABELS, PROGRESS_STATES } from '@/progress/tally'
import { pageMetadata } from '@/seo'
import { formatDateTime } from '@/vietnamese'

/** `?nam=YYYY` is rewritten to /tien-do/nam/YYYY (next.config.mjs), which renders this page too: every year is static. */
type Props = { params: Promise<{ nam?: string }> }

export function generateMetadata(): Metadata {
  return pageMetadata('/tien-do', {
    title: 'Tiến độ thực hiện Đề án 05',
    description:
      'Số liệu tổng hợp về hồ sơ nhận diện, khắc phục của các tổ chức cơ sở đảng, và kết quả kiểm tra, giám sát, thi hành kỷ luật.',
  })
}

export default async function ProgressPage({ params }: Props) {
  const years = await progressYearsForPublic()
  // Only years that have dossiers: any other ?nam= is a page that does not exist.
  const year = pageYear(years, (await params).nam)
  if (year === null) notFound()
  const [data, inspections, province] = await Promise.all([
    year ? publicProgress(year) : null,
    publishedInspectionTallies(),
    publicProvince(),
  ])

  return (
    <div className="progress-page">
      <header className="page-head">
        <h1>Tiến độ thực hiện Đề án 05</h1>
        <p>
          {data?.intro ??
            'Số liệu tổng hợp về hồ sơ nhận diện, khắc phục biểu hiện suy thoái của các tổ chức cơ sở đảng (TCCS đảng) trong huyện, cập nhật trực tiếp từ hồ sơ đã gửi và đã thẩm định. Trang chỉ công bố số liệu tổng hợp, không công bố nội dung hồ sơ của tổ chức nào.'}
        </p>
        {province ? (
          <p>
            <Link href="/tien-do/tinh">Xem số liệu tổng hợp toàn tỉnh, theo từng đảng bộ huyện</Link>
          </p>
        ) : null}
      </header>

      <YearPicker years={years} year={year} path="/tien-do" />

      {data ? (
        <>
          <section aria-labelledby="tong-hop">
            <h2 className="section-title" id="tong-hop">
              Hồ sơ nhận diện, khắc phục năm {year}
            </h2>
            <p className="tally-sentence">{`${data.summary.sentence}.`}</p>
            <ul className="figure-cards">
              {PROGRESS_STATES.map((s) => (
                <li key={s} className={`figure-card figure-card--${s}`}>
                  <strong>{data.summary.tally[s]}</strong>
                  <span>{PROGRESS_LABELS[s]}</span>
                </li>
              ))}
            </ul>
            <TallyBar
              tally={data.summary.tally}
              id="bieu-do-nam"
              title={`Tình trạng hồ sơ năm ${year} của ${data.summary.tally.total} TCCS đảng`}
              description={`${data.summary.sentence}.`}
            />
            <TallyTable
              tally={data.summary.tally}
              caption={`Số TCCS đảng theo tình trạng hồ sơ năm ${year}`}
              unit="TCCS đảng"
            />
            <p className="muted">
              Số liệu {data.summary.live ? 'cập nhật đến' : 'tính đến'} {formatDateTime(data.summary.asOf)}. Tổ chức
              thành lập chưa đủ {data.summary.newOrganizationMonths} tháng được tính là “mới thành lập”, chưa phải lập
              hồ sơ; “đầy đủ hồ sơ” là hồ sơ đã được Thường trực Huyện ủy phê duyệt.
            </p>
            <DatasetDownloads slug="tien-do-nam" year={year} />
            {data.names ? (
              <div className="names-by-state">
                <h3>Danh sách theo tình trạng</h3>
                {PROGRESS_STATES.filter((s) => data.names![s].length).map((s) => (
                  <details key={s}>
                    <summary>{`${PROGRESS_LABELS[s]} (${data.names![s].length})`}</summary>
                    <ul>
                      {data.names![s].map((n) => (
                        <li key={n}>{n}</li>
                      ))}
                    </ul>
                  </details>
                ))}
              </div>
            ) : null}
          </section>

          <section aria-labelledby="dien-bien">
            <h2 className="section-title" id="dien-bien">
              Diễn biến theo tháng
            </h2>
            <TimelineChart
              points={data.timeline}
              id="bieu-do-thang"
              title={`Tình trạng hồ sơ năm ${year} cuối mỗi tháng`}
              unit="TCCS đảng"
            />
            <DatasetDownloads slug="dien-bien-theo-thang" year={year} />
          </section>

          <section aria-labelledby="cam-ket">
            <h2 className="section-title" id="cam-ket">
              Phiếu cam kết, khắc phục của đảng viên năm {year}
            </h2>
            <p className="tally-sentence">{`${data.commitments.sentence}.`}</p>
            <ul className="figure-cards">
              {(['remedied', 'partly', 'notRemedied', 'pending', 'notFiled'] as const).map((k) => (
                <li key={k} className="figure-card">
                  <strong>{data.commitments.shown[k]}</strong>
                  <span>{COMMITMENT_LABELS[k]}</span>
                </li>
              ))}
            </ul>
            <DatasetDownloads slug="cam-ket-dang-vien" year={year} />
          </section>
        </>
      ) : (
        <p className="empty">Chưa có số liệu hồ sơ nhận diện, khắc phục.</p>
      )}

      <section aria-labelledby="kiem-tra">
        <h2 className="section-title" id="kiem-tra">
          Kiểm tra, giám sát và thi hành kỷ luật
        </h2>
        {inspections.length === 0 ? <p className="empty">Chưa có số liệu được công bố.</p> : null}
        {inspections.map((t) =>
          t.figures ? (
            <InspectionTallyView
              key={t.id}
              title={t.title}
              figures={t.figures}
              sentence={t.sentence ?? ''}
              note={t.note}
              members={publicInspectionMembers(t.figures)}
            />
          ) : null,
        )}
        {inspections.length ? <DatasetDownloads slug="kiem-tra-ky-luat" /> : null}
      </section>
    </div>
  )
}
