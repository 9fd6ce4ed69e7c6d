import type { PayloadRequest, TypedUser } from 'payload'
import { DistrictTable } from '@/components/progress/DistrictTable'
import { TallyBar } from '@/components/progress/TallyBar'
import { TimelineChart } from '@/components/progress/TimelineChart'
import { as, progressTimelineOf, provinceRollup, siteCommittees } from '@/progress/queries'
import { formatDateTime } from '@/vietnamese'

/**
 * The province's tally, a row per district, read with the user's own access: the province's
 * staff see every district, a district's staff only their own (then the section is not shown,
 * the district tally below says it all). Each district name drills down to its grassroots
 * organisations in the section below.
 */
export async function ProvinceSection({ req, user, year }: { req: PayloadRequest; user: TypedUser; year: number }) {
  const { province } = await siteCommittees(req.payload)
  if (!province) return null
  const reader = as(user, req)
  const rollup = await provinceRollup(req.payload, { province, year }, reader)
  if (!rollup || rollup.districts.length < 2) return null
  const timeline = await progressTimelineOf(
    req.payload,
    { unit: 'grassroots', parents: rollup.districts.map((d) => d.id), year },
    reader,
  )
  const exportQs = (format: string) => new URLSearchParams({ what: 'province', format, year: String(year) }).toString()
  return (
    <section aria-labelledby="tien-do-toan-tinh" className="progress-dashboard__section" data-testid="province-rollup">
      <h2 id="tien-do-toan-tinh">Toàn tỉnh, theo đảng bộ huyện</h2>
      <p className="progress-dashboard__sentence">{`${rollup.sentence}.`}</p>
      <TallyBar
        tally={rollup.total}
        id="admin-province-tally"
        title={`Tình trạng hồ sơ năm ${year} toàn tỉnh`}
        description={rollup.sentence}
      />
      <DistrictTable
        rows={rollup.districts}
        total={rollup.total}
        caption={`Số TCCS đảng theo tình trạng hồ sơ năm ${year}`}
        totalLabel="Toàn tỉnh"
        link={(d) => `?${new URLSearchParams({ nam: String(year), huyen: d.id }).toString()}#tien-do-ho-so`}
      />
      <p className="progress-dashboard__muted">
        Số liệu trực tiếp lúc {formatDateTime(rollup.asOf)} · Bấm tên một đảng bộ huyện để xem từng TCCS đảng của huyện
        đó · <a href={`/api/progress/export?${exportQs('xlsx')}`}>Tải số liệu toàn tỉnh (XLSX)</a> ·{' '}
        <a href={`/api/progress/export?${exportQs('csv')}`}>CSV</a>
      </p>
      <TimelineChart
        points={timeline}
        id="admin-province-timeline"
        title={`Tình trạng hồ sơ năm ${year} toàn tỉnh cuối mỗi tháng`}
        unit="TCCS đảng"
      />
    </section>
  )
}
