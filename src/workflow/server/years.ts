import type { Payload } from 'payload'
import { programmeYears, yearsWithData, type YearRange } from '../years'

/** The valid dossier years, from the district's dossier settings. */
export async function dossierYearRange(payload: Payload): Promise<YearRange> {
  const settings = await payload.findGlobal({ slug: 'dossier-settings', depth: 0, overrideAccess: true })
  return programmeYears((settings as { programmeStartYear?: number | null }).programmeStartYear)
}

/** The valid years that have dossiers, newest first (for the year pickers). */
export async function yearsWithDossiers(payload: Payload): Promise<number[]> {
  const range = await dossierYearRange(payload)
  const found = new Set<number>()
  // One small count per year of the programme (a handful), whatever the database.
  await Promise.all(
    Array.from({ length: range.to - range.from + 1 }, async (_, i) => {
      const year = range.from + i
      const { totalDocs } = await payload.count({
        collection: 'dossiers',
        where: { year: { equals: year } },
        overrideAccess: true,
      })
      if (totalDocs > 0) found.add(year)
    }),
  )
  return yearsWithData(range, (y) => found.has(y))
}
