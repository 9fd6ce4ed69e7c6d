import { cache } from 'react'
import type { IndicatorDoc, IndicatorGroupDoc } from '@/documents/types'
import { relationId } from '@/fields/relationships'
import { readMany, readOne } from './read'
import { indicatorCodeOf } from '@/catalogue/code'

export type CatalogueGroup = IndicatorGroupDoc & { indicators: Array<IndicatorDoc & { specifics: IndicatorDoc[] }> }

const byCode = (a: IndicatorDoc, b: IndicatorDoc) => (a.order ?? 0) - (b.order ?? 0) || a.code.localeCompare(b.code, 'en', { numeric: true })

/** The whole catalogue: groups in order, base indicators, and the specific ones under each. */
export async function catalogueByGroup(): Promise<CatalogueGroup[]> {
  const groups = await readMany('indicator-groups', { sort: 'order', limit: 100, depth: 0 })
  const indicators = await readMany('indicators', {
    limit: 5000,
    depth: 0,
    select: { code: true, title: true, group: true, parent: true, order: true },
  })
  const all = [...indicators.docs].sort(byCode)
  return groups.docs.map((g) => {
    const bases = all.filter((i) => relationId(i.group) === g.id && !i.parent)
    return { ...g, indicators: bases.map((b) => ({ ...b, specifics: all.filter((i) => relationId(i.parent) === b.id) })) }
  })
}

/** An indicator by its code, case-insensitive ("tt-01" finds TT-01). */
export const indicatorByCode = cache(async (code: string): Promise<IndicatorDoc | null> => {
  const normalized = indicatorCodeOf(decodeURIComponent(code))
  if (!normalized) return null
  return readOne('indicators', { code: { equals: normalized } }, { depth: 1 })
})

export async function specificIndicators(parentId: string): Promise<IndicatorDoc[]> {
  const { docs } = await readMany('indicators', {
    where: { parent: { equals: parentId } },
    limit: 500,
    depth: 0,
    select: { code: true, title: true, order: true },
  })
  return [...docs].sort(byCode)
}
