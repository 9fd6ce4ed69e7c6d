import type { DataFromCollectionSlug } from 'payload'
import { cache } from 'react'
import { countWords, publicCommitmentCounts } from '../open-data/suppress'
import type { InspectionTally } from '../progress/inspections'
import { commitmentSummary, progressNamesByState, progressSummary, progressTimelineOf, progressYears } from '../progress/queries'
import { describeCommitments, type ProgressState } from '../progress/tally'
import { payloadClient } from './payload'
import { readGlobal, readMany } from './read'

/** A published tally; its JSON `figures` hold what the collection's hook froze: an InspectionTally. */
export type PublishedTallyDoc = Omit<DataFromCollectionSlug<'published-tallies'>, 'figures'> & { figures?: InspectionTally | null }

/**
 * What /tien-do shows. The figures come through the progress query path, which returns
 * aggregates only; organisation names come only when an editor has turned them on, and the
 * inspection tallies only as published (read with the public's access).
 */
export const progressYearsForPublic = cache(async () => progressYears(await payloadClient()))

export async function publicProgress(year: number) {
  const payload = await payloadClient()
  const settings = await readGlobal('progress-settings', 0)
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
  const { docs } = await readMany('published-tallies', {
    where: { published: { equals: true } },
    sort: '-periodTo',
    limit: 20,
    depth: 0,
  })
  return docs.map((d) => ({ ...d, figures: d.figures as InspectionTally | null }))
}
