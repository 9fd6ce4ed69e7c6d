import { describe, expect, it } from 'vitest'
import { mulberry32 } from '@/seed/random'
import {
  PROGRESS_STATES,
  tallyAsOf,
  tallyBy,
  tallyProgress,
  endOfMonth,
  type DossierStage,
  type StageEvent,
} from '@/progress/tally'

/** A province of generated districts: organisations, and the events that moved their dossiers. */
function province(seed: number) {
  const rand = mulberry32(seed)
  const organizations: { id: string; parent: string; establishedAt: string }[] = []
  const events: StageEvent[] = []
  const paths: DossierStage[][] = [
    [],
    ['submitted'],
    ['submitted', 'recommended'],
    ['submitted', 'returned'],
    ['submitted', 'recommended', 'approved'],
    ['submitted', 'returned', 'submitted', 'recommended', 'approved'],
  ]
  for (let d = 0; d < 5; d++) {
    const n = 5 + Math.floor(rand() * 30)
    for (let i = 0; i < n; i++) {
      const id = `d${d}-o${i}`
      const month = 1 + Math.floor(rand() * 12)
      organizations.push({
        id,
        parent: `d${d}`,
        establishedAt: rand() < 0.1 ? `2022-${String(month).padStart(2, '0')}-10T00:00:00Z` : '2000-01-01T00:00:00Z',
      })
      let at = Date.UTC(2022, Math.floor(rand() * 6), 1 + Math.floor(rand() * 27))
      for (const toStage of paths[Math.floor(rand() * paths.length)]) {
        events.push({ dossier: `dossier-${id}`, organization: id, toStage, at: new Date(at).toISOString() })
        at += (5 + rand() * 60) * 86_400_000
      }
    }
  }
  return { organizations, events }
}

describe('a province roll-up', () => {
  it('equals the sum of its districts, for every state, at the end of every month', () => {
    for (const seed of [1, 2, 3]) {
      const { organizations, events } = province(seed)
      for (let month = 1; month <= 12; month++) {
        const asOf = endOfMonth(2022, month)
        const { tally, states } = tallyAsOf(organizations, events, { year: 2022, asOf, newOrganizationMonths: 6 })
        const byDistrict = tallyBy(organizations, states, (o) => o.parent as string)
        expect(byDistrict.size).toBe(5)
        for (const key of [...PROGRESS_STATES, 'total', 'required'] as const) {
          const sum = [...byDistrict.values()].reduce((s, t) => s + t[key], 0)
          expect(sum, `${key} ${month}/2022 (seed ${seed})`).toBe(tally[key])
        }
        expect(tally.total).toBe(organizations.filter((o) => new Date(o.establishedAt) <= asOf).length)
      }
    }
  })

  it('counts each district as that district alone would be counted', () => {
    const { organizations, events } = province(7)
    const asOf = endOfMonth(2022, 9)
    const { states } = tallyAsOf(organizations, events, { year: 2022, asOf, newOrganizationMonths: 6 })
    const byDistrict = tallyBy(organizations, states, (o) => o.parent as string)
    for (const [district, t] of byDistrict) {
      const own = organizations.filter((o) => o.parent === district)
      const alone = tallyAsOf(
        own,
        events.filter((e) => own.some((o) => o.id === e.organization)),
        { year: 2022, asOf, newOrganizationMonths: 6 },
      )
      expect(t).toEqual(alone.tally)
    }
    // The live tally (present stages) sums the same way.
    const live = tallyProgress(organizations, [], { year: 2022, asOf, newOrganizationMonths: 6 })
    const liveBy = tallyBy(organizations, live.states, (o) => o.parent as string)
    expect([...liveBy.values()].reduce((s, t) => s + t.none + t.new, 0)).toBe(live.tally.total)
  })
})
