import { describe, expect, it } from 'vitest'
import {
  describeCommitments,
  describeTally,
  endOfMonth,
  endOfYear,
  percentOf,
  progressTimeline,
  stagesAsOf,
  tallyAsOf,
  tallyBy,
  tallyCommitments,
  tallyProgress,
  type DossierRow,
  type OrganizationRow,
  type StageEvent,
} from '@/progress/tally'

const YEAR = 2022
const opts = { year: YEAR, newOrganizationMonths: 6 }

function district(): { orgs: OrganizationRow[]; dossiers: DossierRow[] } {
  const orgs: OrganizationRow[] = []
  const dossiers: DossierRow[] = []
  let n = 0
  const add = (count: number, stage: DossierRow['stage'] | null, established = '2010-01-01') => {
    for (let i = 0; i < count; i++) {
      const id = `org-${++n}`
      orgs.push({ id, establishedAt: established })
      if (stage) dossiers.push({ organization: id, year: YEAR, stage })
    }
  }
  add(15, 'approved')
  add(2, 'returned')
  add(6, null)
  add(5, 'draft')
  add(7, null, '2022-09-15')
  return { orgs, dossiers }
}

describe('tallyProgress', () => {
  it("reproduces the article's first tally: 15/35, 2 inadequate, 11 none, 7 new", () => {
    const { orgs, dossiers } = district()
    const { tally } = tallyProgress(orgs, dossiers, opts)
    expect(tally).toMatchObject({ total: 35, complete: 15, inadequate: 2, inReview: 0, none: 11, new: 7, required: 28 })
    expect(describeTally(tally)).toBe(
      '15/35 TCCS đảng có đầy đủ hồ sơ, kế hoạch khắc phục, 2 đơn vị kế hoạch không bảo đảm yêu cầu, 11 đơn vị chưa có hồ sơ, còn 7 đơn vị mới thành lập',
    )
  })

  it('puts every organisation in exactly one state, submitted and recommended counting as in review', () => {
    const orgs = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, establishedAt: '2000-01-01' }))
    const stages = ['draft', 'submitted', 'recommended', 'returned', 'approved'] as const
    const dossiers = stages.map((stage, i) => ({ organization: orgs[i].id, year: YEAR, stage }))
    const { tally, states } = tallyProgress(orgs, dossiers, opts)
    expect(states.get('a')).toBe('none')
    expect(states.get('b')).toBe('inReview')
    expect(states.get('c')).toBe('inReview')
    expect(states.get('d')).toBe('inadequate')
    expect(states.get('e')).toBe('complete')
    expect(states.get('f')).toBe('none')
    expect(tally.complete + tally.inadequate + tally.inReview + tally.none + tally.new).toBe(tally.total)
  })

  it('ignores dossiers of other years', () => {
    const { tally } = tallyProgress(
      [{ id: 'a', establishedAt: '2000-01-01' }],
      [{ organization: 'a', year: 2021, stage: 'approved' }],
      opts,
    )
    expect(tally.none).toBe(1)
    expect(tally.complete).toBe(0)
  })

  it('draws the "new" boundary at exactly the configured months before the tally date', () => {
    const asOf = new Date('2022-12-31T00:00:00Z')
    const atCutoff = { id: 'edge', establishedAt: '2022-06-30T00:00:00Z' }
    const justAfter = { id: 'after', establishedAt: '2022-06-30T00:00:01Z' }
    const before = { id: 'before', establishedAt: '2022-06-29T23:59:59Z' }
    const { states } = tallyProgress([atCutoff, justAfter, before], [], { ...opts, asOf })
    expect(states.get('edge')).toBe('none')
    expect(states.get('after')).toBe('new')
    expect(states.get('before')).toBe('none')
  })

  it('counts a new organisation that already filed by its dossier, and a setting of 0 months makes nobody new', () => {
    const org = { id: 'n', establishedAt: '2022-12-01' }
    expect(tallyProgress([org], [{ organization: 'n', year: YEAR, stage: 'approved' }], opts).states.get('n')).toBe(
      'complete',
    )
    expect(tallyProgress([org], [], { ...opts, newOrganizationMonths: 0 }).states.get('n')).toBe('none')
  })

  it('leaves out organisations dissolved before, or established after, the tally date', () => {
    const { tally } = tallyProgress(
      [
        { id: 'gone', establishedAt: '2000-01-01', dissolvedAt: '2022-03-01' },
        { id: 'future', establishedAt: '2023-02-01' },
        { id: 'here', establishedAt: '2000-01-01' },
      ],
      [],
      opts,
    )
    expect(tally.total).toBe(1)
  })

  it('reads "34/34 … đã hoàn thiện xong hồ sơ" once every required organisation is approved', () => {
    const orgs = Array.from({ length: 34 }, (_, i) => ({ id: `o${i}`, establishedAt: '2005-01-01' }))
    const dossiers = orgs.map((o) => ({ organization: o.id, year: YEAR, stage: 'approved' as const }))
    const { tally } = tallyProgress(orgs, dossiers, opts)
    expect(describeTally(tally)).toBe('34/34 TCCS đảng đã hoàn thiện xong hồ sơ được phê duyệt')
  })
})

describe('stagesAsOf', () => {
  it('replays events up to a date, so a frozen tally does not move with later transitions', () => {
    const events = [
      { dossier: 'd1', toStage: 'submitted' as const, at: '2022-10-01T00:00:00Z' },
      { dossier: 'd1', toStage: 'returned' as const, at: '2022-10-05T00:00:00Z' },
      { dossier: 'd1', toStage: 'submitted' as const, at: '2022-10-20T00:00:00Z' },
      { dossier: 'd1', toStage: 'approved' as const, at: '2022-11-20T00:00:00Z' },
      { dossier: 'd2', toStage: 'submitted' as const, at: '2022-12-01T00:00:00Z' },
    ]
    expect(stagesAsOf(events, new Date('2022-10-10T00:00:00Z')).get('d1')).toBe('returned')
    expect(stagesAsOf(events, new Date('2022-10-10T00:00:00Z')).has('d2')).toBe(false)
    expect(stagesAsOf(events, endOfYear(2022)).get('d1')).toBe('approved')
  })
})

describe('the "new" cut-off', () => {
  it('follows the setting: with 3 months, an organisation of 4 months is required and one of 2 months is new', () => {
    const asOf = new Date('2022-12-31T00:00:00Z')
    const orgs = [
      { id: 'four', establishedAt: '2022-08-31T00:00:00Z' },
      { id: 'two', establishedAt: '2022-10-31T00:00:00Z' },
    ]
    const { states } = tallyProgress(orgs, [], { year: YEAR, asOf, newOrganizationMonths: 3 })
    expect(states.get('four')).toBe('none')
    expect(states.get('two')).toBe('new')
  })

  it('clamps month arithmetic: 31 August less 6 months is 28 February, not 3 March', () => {
    const asOf = new Date('2023-08-31T00:00:00Z')
    const { states } = tallyProgress(
      [
        { id: 'feb28', establishedAt: '2023-02-28T00:00:00Z' },
        { id: 'mar1', establishedAt: '2023-03-01T00:00:00Z' },
      ],
      [],
      { year: 2023, asOf, newOrganizationMonths: 6 },
    )
    expect(states.get('feb28')).toBe('none')
    expect(states.get('mar1')).toBe('new')
  })

  it('judges a past year at its own end: read in 2024, the 2022 tally still counts the 7 new ones as new', () => {
    const { orgs, dossiers } = district()
    const { tally } = tallyProgress(orgs, dossiers, { ...opts, asOf: new Date('2024-06-01T00:00:00Z') })
    expect(tally.new).toBe(7)
    expect(tally.total).toBe(35)
  })

  it('leaves out of a year an organisation established after it, even when read later', () => {
    const { tally } = tallyProgress([{ id: 'later', establishedAt: '2023-01-05' }], [], {
      ...opts,
      asOf: new Date('2024-01-01T00:00:00Z'),
    })
    expect(tally.total).toBe(0)
  })
})

describe('tallyAsOf and the timeline', () => {
  const orgs: OrganizationRow[] = [
    { id: 'a', establishedAt: '2000-01-01' },
    { id: 'b', establishedAt: '2000-01-01' },
    { id: 'c', establishedAt: '2022-08-15T00:00:00+07:00' },
  ]
  const events: StageEvent[] = [
    { dossier: 'da', organization: 'a', toStage: 'submitted', at: '2022-03-10T02:00:00Z' },
    { dossier: 'da', organization: 'a', toStage: 'returned', at: '2022-04-02T02:00:00Z' },
    { dossier: 'da', organization: 'a', toStage: 'submitted', at: '2022-04-20T02:00:00Z' },
    { dossier: 'da', organization: 'a', toStage: 'approved', at: '2022-05-31T17:30:00Z' }, // 1 June, 00:30 in Vietnam: a June event
    { dossier: 'db', organization: 'b', toStage: 'submitted', at: '2023-01-15T02:00:00Z' },
    { dossier: 'db', organization: 'b', toStage: 'approved', at: '2023-02-10T02:00:00Z' },
  ]

  it('replays the log to any moment', () => {
    expect(
      tallyAsOf(orgs, events, { year: YEAR, newOrganizationMonths: 6, asOf: new Date('2022-04-10T00:00:00Z') }).tally,
    ).toMatchObject({
      inadequate: 1,
      none: 1,
      total: 2,
    })
  })

  it("takes month ends in Vietnam time and runs on while the year's dossiers still move", () => {
    const points = progressTimeline(orgs, events, {
      year: YEAR,
      newOrganizationMonths: 6,
      now: new Date('2024-01-01T00:00:00Z'),
    })
    expect(points.map((p) => p.month)).toEqual([
      '2022-01',
      '2022-02',
      '2022-03',
      '2022-04',
      '2022-05',
      '2022-06',
      '2022-07',
      '2022-08',
      '2022-09',
      '2022-10',
      '2022-11',
      '2022-12',
      '2023-01',
      '2023-02',
    ])
    const at = (m: string) => points.find((p) => p.month === m)!.tally
    expect(at('2022-03')).toMatchObject({ inReview: 1, none: 1, total: 2 })
    expect(at('2022-05')).toMatchObject({ inReview: 1, complete: 0 })
    expect(at('2022-06')).toMatchObject({ complete: 1 })
    expect(at('2022-08')).toMatchObject({ total: 3, new: 1 })
    expect(at('2023-01')).toMatchObject({ complete: 1, inReview: 1, new: 1 })
    expect(at('2023-02')).toMatchObject({ complete: 2, new: 1, total: 3 })
    expect(points[4].asOf).toBe(endOfMonth(2022, 5).toISOString())
    expect(endOfMonth(2022, 5).toISOString()).toBe('2022-05-31T16:59:59.999Z')
  })

  it('stops at now, the last point being as of now', () => {
    const now = new Date('2022-04-15T00:00:00Z')
    const points = progressTimeline(orgs, events, { year: YEAR, newOrganizationMonths: 6, now })
    expect(points.map((p) => p.month)).toEqual(['2022-01', '2022-02', '2022-03', '2022-04'])
    expect(points[3].asOf).toBe(now.toISOString())
  })
})

describe('breakdowns and shares', () => {
  it('splits a tally by kind, each part summing to its total', () => {
    const orgs = [
      { id: 'a', establishedAt: '2000-01-01', kind: 'grassroots-committee' },
      { id: 'b', establishedAt: '2000-01-01', kind: 'grassroots-cell' },
      { id: 'c', establishedAt: '2022-12-01', kind: 'grassroots-cell' },
    ]
    const { states } = tallyProgress(orgs, [{ organization: 'a', year: YEAR, stage: 'approved' }], opts)
    const byKind = tallyBy(orgs, states, (o) => o.kind as string)
    expect(byKind.get('grassroots-committee')).toMatchObject({ complete: 1, total: 1, required: 1 })
    expect(byKind.get('grassroots-cell')).toMatchObject({ none: 1, new: 1, total: 2, required: 1 })
  })

  it('rounds shares and never divides by zero', () => {
    expect(percentOf(15, 35)).toBe(43)
    expect(percentOf(0, 0)).toBe(0)
  })
})

describe('tallyCommitments', () => {
  it('counts filed commitments by year-end result and the members still without one', () => {
    const t = tallyCommitments({ members: 10, byResult: { remedied: 4, partly: 2, 'not-remedied': 1, none: 1 } })
    expect(t).toEqual({ members: 10, filed: 8, notFiled: 2, remedied: 4, partly: 2, notRemedied: 1, pending: 1 })
    expect(describeCommitments(t, 2022)).toBe(
      '8/10 đảng viên có phiếu cam kết, khắc phục năm 2022; trong đó 4 đã khắc phục, 2 khắc phục một phần, 1 chưa khắc phục, 1 chưa có kết quả cuối năm',
    )
  })

  it('never reports fewer members than commitments filed', () => {
    expect(tallyCommitments({ members: 1, byResult: { remedied: 3 } })).toMatchObject({ members: 3, notFiled: 0 })
    expect(describeCommitments(tallyCommitments({ members: 0, byResult: {} }), 2022)).toBe(
      'Chưa có đảng viên nào trong phạm vi này.',
    )
  })
})

describe('describeTally', () => {
  it('names organisations in review when there are some', () => {
    const t = { complete: 3, inadequate: 0, inReview: 2, none: 1, new: 0, total: 6, required: 6 }
    expect(describeTally(t)).toBe(
      '3/6 TCCS đảng có đầy đủ hồ sơ, kế hoạch khắc phục, 2 đơn vị đang được thẩm định, 1 đơn vị chưa có hồ sơ',
    )
    expect(describeTally({ ...t, complete: 0, inReview: 0, none: 0, total: 0, required: 0 }, 'chi bộ')).toBe(
      'Chưa có chi bộ nào trong kỳ này.',
    )
  })
})
