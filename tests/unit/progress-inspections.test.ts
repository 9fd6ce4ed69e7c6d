import { describe, expect, it } from 'vitest'
import {
  describeInspections,
  describePeriod,
  formsFor,
  periodOfDays,
  spansAtLeastOneMonth,
  tallyInspections,
  type DisciplineRow,
  type InspectionRow,
} from '@/progress/inspections'

const ARTICLE_PERIOD = periodOfDays('2018-01-01', '2021-06-30')!

/** The article's third section as rows, with the undescribed 96 members spread over other areas. */
function article(): { inspections: InspectionRow[]; disciplines: DisciplineRow[] } {
  const inspections: InspectionRow[] = []
  for (let i = 0; i < 4; i++)
    inspections.push({
      subjectType: 'organization',
      subject: `o${i}`,
      kind: 'violation-signs',
      startedAt: '2019-05-10',
      finding: 'violation',
    })
  for (let i = 0; i < 51; i++)
    inspections.push({
      subjectType: 'member',
      subject: `m${i}`,
      kind: 'violation-signs',
      startedAt: '2020-03-02',
      finding: i < 30 ? 'violation' : 'no-violation',
    })
  const disciplines: DisciplineRow[] = [
    {
      subjectType: 'organization',
      subject: 'o0',
      form: 'reprimand',
      area: 'working-rules',
      decidedAt: '2019-08-01',
      relatedToDegradation: true,
    },
    {
      subjectType: 'organization',
      subject: 'o1',
      form: 'warning',
      area: 'internal-unity',
      decidedAt: '2020-09-01',
      relatedToDegradation: true,
    },
  ]
  for (let i = 0; i < 104; i++) {
    const area =
      i < 7 ? 'ethics-lifestyle' : i === 7 ? 'political-ideology' : i % 2 ? 'member-duties' : 'population-policy'
    disciplines.push({
      subjectType: 'member',
      subject: `m${i}`,
      form: i % 10 === 0 ? 'expulsion' : 'reprimand',
      area,
      decidedAt: '2020-11-20',
      relatedToDegradation: i < 8,
    })
  }
  return { inspections, disciplines }
}

describe('tallyInspections', () => {
  it("reproduces the article's third section for 2018 – 6/2021, word for word", () => {
    const { inspections, disciplines } = article()
    const t = tallyInspections(inspections, disciplines, ARTICLE_PERIOD)
    expect(t.inspected.byKind['violation-signs']).toEqual({ organizations: 4, members: 51 })
    expect(t.disciplined).toMatchObject({ organizations: 2, members: 104 })
    expect(t.degradation).toMatchObject({ organizations: 2, members: 8 })
    expect(t.degradation.byArea).toEqual({
      organization: { 'working-rules': 1, 'internal-unity': 1 },
      member: { 'ethics-lifestyle': 7, 'political-ideology': 1 },
    })
    expect(describeInspections(t)).toBe(
      'Giai đoạn 2018 – 6/2021, ủy ban kiểm tra các cấp đã kiểm tra dấu hiệu vi phạm đối với 4 tập thể, 51 đảng viên; thi hành kỷ luật 2 tổ chức đảng, 104 đảng viên, trong đó có 2 tổ chức đảng, 8 đảng viên bị thi hành kỷ luật có liên quan đến các biểu hiện suy thoái. Cụ thể là 1 tổ chức đảng vi phạm quy chế làm việc, 1 tổ chức đảng mất đoàn kết nội bộ, 7 cá nhân vi phạm về đạo đức lối sống và 1 cá nhân vi phạm tư tưởng chính trị.',
    )
  })

  it('counts each organisation or member once, however many inspections or decisions', () => {
    const t = tallyInspections(
      [
        {
          subjectType: 'member',
          subject: 'm1',
          kind: 'violation-signs',
          startedAt: '2019-01-02',
          finding: 'violation',
        },
        {
          subjectType: 'member',
          subject: 'm1',
          kind: 'thematic-supervision',
          startedAt: '2019-06-02',
          finding: 'no-violation',
        },
      ],
      [
        {
          subjectType: 'member',
          subject: 'm1',
          form: 'reprimand',
          area: 'law',
          decidedAt: '2019-02-01',
          relatedToDegradation: false,
        },
        {
          subjectType: 'member',
          subject: 'm1',
          form: 'warning',
          area: 'law',
          decidedAt: '2020-02-01',
          relatedToDegradation: false,
        },
      ],
      ARTICLE_PERIOD,
    )
    expect(t.inspected).toMatchObject({ members: 1, withViolation: { members: 1, organizations: 0 } })
    expect(t.inspected.byKind).toEqual({
      'violation-signs': { organizations: 0, members: 1 },
      'thematic-supervision': { organizations: 0, members: 1 },
    })
    expect(t.disciplined.members).toBe(1)
    expect(t.disciplined.byForm.member).toEqual({ reprimand: 1, warning: 1 })
  })

  it('counts only what falls inside the period, both ends included in Vietnam time', () => {
    const row = (decidedAt: string): DisciplineRow => ({
      subjectType: 'member',
      subject: decidedAt,
      form: 'reprimand',
      area: 'law',
      decidedAt,
      relatedToDegradation: false,
    })
    const t = tallyInspections(
      [],
      [
        row('2017-12-31T16:59:59.999Z'), // 23:59 on 31/12/2017 in Vietnam: before
        row('2017-12-31T17:00:00.000Z'), // 00:00 on 1/1/2018: inside
        row('2021-06-30T16:59:59.999Z'), // 23:59 on 30/6/2021: inside
        row('2021-06-30T17:00:00.000Z'), // 1/7/2021: after
      ],
      ARTICLE_PERIOD,
    )
    expect(t.disciplined.members).toBe(2)
  })

  it('says so when a period has nothing recorded', () => {
    expect(describeInspections(tallyInspections([], [], periodOfDays('2022-01-01', '2022-12-31')!))).toBe(
      'Giai đoạn 2022, chưa có cuộc kiểm tra hay quyết định kỷ luật nào được ghi nhận.',
    )
  })
})

describe('periods and forms', () => {
  it('writes periods the way the district does', () => {
    expect(describePeriod(ARTICLE_PERIOD)).toBe('2018 – 6/2021')
    expect(describePeriod(periodOfDays('2022-01-01', '2022-12-31')!)).toBe('2022')
    expect(describePeriod(periodOfDays('2022-03-01', '2022-05-31')!)).toBe('3/2022 – 5/2022')
    expect(describePeriod(periodOfDays('2022-03-05', '2022-05-20')!)).toBe('5/3/2022 – 20/5/2022')
  })

  it('refuses impossible or reversed dates', () => {
    expect(periodOfDays('2021-02-30', '2021-03-01')).toBeNull()
    expect(periodOfDays('2021-05-01', '2021-04-01')).toBeNull()
    expect(periodOfDays('2021/05/01', '2021-06-01')).toBeNull()
  })

  it('offers an organisation no expulsion and a member no dissolution', () => {
    expect(formsFor('organization')).toEqual(['reprimand', 'warning', 'dissolution'])
    expect(formsFor('member')).toEqual(['reprimand', 'warning', 'dismissal', 'expulsion'])
  })
})

describe('public inspection periods', () => {
  it('are at least one calendar month long', () => {
    expect(spansAtLeastOneMonth('2024-01-01', '2024-01-31')).toBe(true)
    expect(spansAtLeastOneMonth('2024-01-15', '2024-02-14')).toBe(true)
    expect(spansAtLeastOneMonth('2024-01-31', '2024-02-28')).toBe(true)
    expect(spansAtLeastOneMonth('2022-01-01', '2022-12-31')).toBe(true)
    expect(spansAtLeastOneMonth('2024-01-01', '2024-01-30')).toBe(false)
    expect(spansAtLeastOneMonth('2024-03-05', '2024-03-05')).toBe(false)
    expect(spansAtLeastOneMonth('2024-12-10', '2025-01-08')).toBe(false)
    expect(spansAtLeastOneMonth('2024-12-10', '2025-01-09')).toBe(true)
  })
})
