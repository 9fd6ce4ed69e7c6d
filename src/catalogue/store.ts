import type { Payload, PayloadRequest, TypedUser } from 'payload'
import type { CatalogueExport } from './exportFile'
import { writeOrder, type ExistingCatalogue, type ImportReport } from './validate'
import { relationId } from '@/fields/relationships'

/** The catalogue as stored, keyed by code, for checking an import. */
export async function loadExistingCatalogue(req: PayloadRequest): Promise<ExistingCatalogue> {
  const all = { pagination: false, depth: 0, overrideAccess: true, req } as const
  const { docs: groups } = await req.payload.find({
    collection: 'indicator-groups',
    select: { code: true, name: true, description: true },
    ...all,
  })
  const { docs: indicators } = await req.payload.find({
    collection: 'indicators',
    select: { code: true, group: true, parent: true },
    ...all,
  })
  const { docs: documents } = await req.payload.find({
    collection: 'guidance-documents',
    select: { number: true },
    ...all,
  })
  const groupCode = new Map(groups.map((g) => [String(g.id), String(g.code)]))
  const indicatorCode = new Map(indicators.map((i) => [String(i.id), String(i.code)]))
  return {
    groups: new Map(
      groups.map((g) => [
        String(g.code),
        { id: String(g.id), name: String(g.name ?? ''), description: String(g.description ?? '') },
      ]),
    ),
    indicators: new Map(
      indicators.map((i) => [
        String(i.code),
        {
          id: String(i.id),
          groupCode: groupCode.get(relationId(i.group) ?? '') ?? '',
          parentCode: indicatorCode.get(relationId(i.parent) ?? '') ?? null,
        },
      ]),
    ),
    documents: new Map(
      documents.filter((d) => d.number).map((d) => [String(d.number).trim().toUpperCase(), String(d.id)]),
    ),
  }
}

export type ImportCounts = { groupsCreated: number; groupsUpdated: number; created: number; updated: number }

/**
 * Writes a checked import. The caller runs this inside one transaction, so a failure
 * part-way leaves the catalogue as it was.
 */
export async function writeCatalogueImport(
  req: PayloadRequest,
  report: ImportReport,
  existing: ExistingCatalogue,
): Promise<ImportCounts> {
  const counts: ImportCounts = { groupsCreated: 0, groupsUpdated: 0, created: 0, updated: 0 }
  const groupIds = new Map([...existing.groups].map(([code, g]) => [code, g.id]))
  for (const g of report.groups) {
    if (g.unchanged) continue
    const data: { code: string; name: string; description?: string } = { code: g.code, name: g.name }
    if (g.description) data.description = g.description
    if (g.id) {
      await req.payload.update({ collection: 'indicator-groups', id: g.id, data, req, overrideAccess: true, depth: 0 })
      counts.groupsUpdated++
    } else {
      const doc = await req.payload.create({
        collection: 'indicator-groups',
        data,
        req,
        overrideAccess: true,
        depth: 0,
      })
      groupIds.set(g.code, String(doc.id))
      counts.groupsCreated++
    }
  }
  const indicatorIds = new Map([...existing.indicators].map(([code, i]) => [code, i.id]))
  for (const i of writeOrder(report.indicators)) {
    const data = {
      code: i.code,
      title: i.title,
      // A checked import names only groups that exist or were created just above.
      group: groupIds.get(i.groupCode) as string,
      parent: i.parentCode ? (indicatorIds.get(i.parentCode) ?? null) : null,
      explanation: i.explanation,
      examples: i.examples,
      remedies: i.remedies,
      sourceDocument: i.documentId,
      order: i.order,
    }
    if (i.id) {
      await req.payload.update({
        collection: 'indicators',
        id: i.id,
        data,
        req,
        overrideAccess: true,
        depth: 0,
      })
      counts.updated++
    } else {
      const doc = await req.payload.create({
        collection: 'indicators',
        data,
        req,
        overrideAccess: true,
        depth: 0,
      })
      indicatorIds.set(i.code, String(doc.id))
      counts.created++
    }
  }
  return counts
}

/** The catalogue as the given reader may see it, ready for CSV or JSON. */
export async function exportCatalogue(payload: Payload, user: TypedUser | null): Promise<CatalogueExport> {
  const access = { overrideAccess: false, user: user ?? undefined, pagination: false } as const
  const groups = (await payload.find({ collection: 'indicator-groups', sort: 'order', depth: 0, ...access })).docs
  const indicators = (await payload.find({ collection: 'indicators', sort: 'order', depth: 1, ...access })).docs
  const groupCode = new Map(groups.map((g) => [String(g.id), String(g.code)]))
  const indicatorCode = new Map(indicators.map((i) => [String(i.id), String(i.code)]))
  const groupOrder = new Map(groups.map((g, n) => [String(g.id), n]))
  const sorted = [...indicators].sort(
    (a, b) =>
      (groupOrder.get(relationId(a.group) ?? '') ?? 0) - (groupOrder.get(relationId(b.group) ?? '') ?? 0) ||
      String(a.code).localeCompare(String(b.code), 'en', { numeric: true }),
  )
  const str = (v: unknown) => (typeof v === 'string' ? v : '')
  return {
    groups: groups.map((g) => ({
      code: String(g.code),
      name: str(g.name),
      description: str(g.description),
      order: typeof g.order === 'number' ? g.order : null,
    })),
    indicators: sorted.map((i) => ({
      code: String(i.code),
      group: groupCode.get(relationId(i.group) ?? '') ?? '',
      parent: indicatorCode.get(relationId(i.parent) ?? '') ?? null,
      title: str(i.title),
      explanation: str(i.explanation),
      examples: str(i.examples),
      remedies: str(i.remedies),
      document: i.sourceDocument && typeof i.sourceDocument === 'object' ? str(i.sourceDocument.number) || null : null,
      order: typeof i.order === 'number' ? i.order : null,
    })),
  }
}
