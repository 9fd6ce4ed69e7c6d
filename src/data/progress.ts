import { cache } from 'react'
import { countWords, publicCommitmentCounts } from '@/open-data/suppress'
import type { InspectionTally } from '@/progress/inspections'
import {
  commitmentSummary,
  progressNamesByState,
  progressSummary,
  progressTimelineOf,
  progressYears,
  provinceRollup,
  publicScope,
} from '@/progress/queries'
import { describeCommitments, type ProgressState } from '@/progress/tally'
import { PROGRESS_TAG } from '@/cache/tags'
import { sharedCache } from './cached'
import { payloadClient } from './payload'
import { readGlobal, readMany } from './read'

export type PublishedTallyDoc = {
  id: string
  title: string
  periodFrom: string
  periodTo: string
  note?: string | null
  sentence?: string | null
  figures?: InspectionTally | null
  countedAt?: string | null
}

type Ref = string | { id: string } | null | undefined
type ProgressSettingsDoc = {
  showOrganizationNames?: boolean | null
  intro?: string | null
  district?: Ref
  province?: Ref
  showProvince?: boolean | null
}
const refOf = (r: Ref): string | undefined => (r ? (typeof r === 'object' ? String(r.id) : String(r)) : undefined)

/**
 * What /tien-do shows. The figures come through the progress query path, which returns
 * aggregates only; organisation names come only when an editor has turned them on, and the
 * inspection tallies only as published (read with the public's access).
 */
export const progressYearsForPublic = cache(async () =>
  sharedCache({ slug: PROGRESS_TAG, depth: 0, key: ['progress-years'], empty: [] as number[] }, async () => progressYears(await payloadClient())),
)

/** Aggregates only, the same for everyone: cached until a dossier, commitment or organisation changes. */
export async function publicProgress(year: number) {
  return sharedCache<Awaited<ReturnType<typeof loadPublicProgress>> | null>({ slug: PROGRESS_TAG, depth: 0, key: ['progress', String(year)], empty: null }, () =>
    loadPublicProgress(year),
  )
}

async function loadPublicProgress(year: number) {
  const payload = await payloadClient()
  const settings = (await readGlobal('progress-settings', 0)) as ProgressSettingsDoc
  // The district the page is about (all grassroots organisations when none is set).
  const { unit, memberOrganizations: members } = await publicScope(payload)
  const [summary, timeline, commitments, names] = await Promise.all([
    progressSummary(payload, { ...unit, year }),
    progressTimelineOf(payload, { ...unit, year }),
    commitmentSummary(payload, { year, organizations: members }),
    settings.showOrganizationNames ? progressNamesByState(payload, { ...unit, year }) : Promise.resolve(null as Record<ProgressState, string[]> | null),
  ])
  // The public reads member counts under the small-count rule (src/open-data/suppress.ts).
  const shown = publicCommitmentCounts(commitments.tally)
  const words = Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, countWords(v)]))
  const publicCommitments = { ...commitments, shown, sentence: describeCommitments(commitments.tally, year, words) }
  return { summary, timeline, commitments: publicCommitments, names, intro: settings.intro ?? null }
}

export async function publishedInspectionTallies(): Promise<PublishedTallyDoc[]> {
  const { docs } = await readMany('published-tallies', {
    where: { published: { equals: true } },
    sort: '-periodTo',
    limit: 20,
    depth: 0,
  })
  // The JSON `figures` hold what the collection's hook froze: an InspectionTally.
  return docs.map((d) => ({ ...d, figures: d.figures as InspectionTally | null }))
}

/** Whether the province page is published, and for which province. */
export async function publicProvince(): Promise<string | null> {
  const settings = (await readGlobal('progress-settings', 0)) as ProgressSettingsDoc
  const province = refOf(settings.province)
  return settings.showProvince && province ? province : null
}

/** What /tien-do/tinh shows: the province's tally district by district, and month by month. */
export async function publicProvinceProgress(year: number) {
  const province = await publicProvince()
  if (!province) return null
  const payload = await payloadClient()
  const rollup = await provinceRollup(payload, { province, year })
  if (!rollup) return null
  const timeline = await progressTimelineOf(payload, { unit: 'grassroots', parents: rollup.districts.map((d) => d.id), year })
  return { rollup, timeline }
}
