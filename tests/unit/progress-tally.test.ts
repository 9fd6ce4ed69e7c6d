import { describe, expect, it } from 'vitest'
import { describeTally, endOfYear, stagesAsOf, tallyProgress, type DossierRow, type OrganizationRow } from '../../src/progress/tally'

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
    const { tally } = tallyProgress([{ id: 'a', establishedAt: '2000-01-01' }], [{ organization: 'a', year: 2021, stage: 'approved' }], opts)
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
    expect(tallyProgress([org], [{ organization: 'n', year: YEAR, stage: 'approved' }], opts).states.get('n')).toBe('complete')
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
