import { cache } from 'react'
import { countWords, publicCommitmentCounts } from '../open-data/suppress'
import type { InspectionTally } from '../progress/inspections'
import { commitmentSummary, progressNamesByState, progressSummary, progressTimelineOf, progressYears } from '../progress/queries'
import { describeCommitments, type ProgressState } from '../progress/tally'
import { PROGRESS_TAG } from '../cache/tags'
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

type ProgressSettingsDoc = { showOrganizationNames?: boolean | null; intro?: string | null }

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
  const settings = await readGlobal<ProgressSettingsDoc>('progress-settings', 0)
  const [summary, timeline, commitments, names] = await Promise.all([
    progressSummary(payload, { unit: 'grassroots', year }),
    progressTimelineOf(payload, { unit: 'grassroots', year }),
    commitmentSummary(payload, { year }),
    settings.showOrganizationNames ? progressNamesByState(payload, { unit: 'grassroots', year }) : Promise.resolve(null as Record<ProgressState, string[]> | null),
  ])
  // The public reads member counts under the small-count rule (src/open-data/suppress.ts).
  const shown = publicCommitmentCounts(commitments.tally)
  const words = Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, countWords(v)]))
  const publicCommitments = { ...commitments, shown, sentence: describeCommitments(commitments.tally, year, words) }
  return { summary, timeline, commitments: publicCommitments, names, intro: settings.intro ?? null }
}

export async function publishedInspectionTallies(): Promise<PublishedTallyDoc[]> {
  const { docs } = await readMany<PublishedTallyDoc>('published-tallies', {
    where: { published: { equals: true } },
    sort: '-periodTo',
    limit: 20,
    depth: 0,
  })
  return docs
}
