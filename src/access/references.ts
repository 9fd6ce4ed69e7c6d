import {
  APIError,
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
  type Field,
  type SanitizedConfig,
  type Where,
} from 'payload'

/** A relationship or upload field somewhere in a collection, by its query path. */
export type Reference = { from: string; path: string; polymorphic: boolean }

/**
 * Every relationship and upload field of the schema that can point at `target`, with the path a
 * `where` query uses to reach it (through groups, named tabs, arrays and blocks).
 */
export function referencesTo(config: Pick<SanitizedConfig, 'collections'>, target: string): Reference[] {
  const found: Reference[] = []
  const walk = (from: string, fields: Field[], prefix: string) => {
    for (const field of fields) {
      const path = 'name' in field && field.name ? `${prefix}${field.name}` : undefined
      switch (field.type) {
        case 'relationship':
        case 'upload': {
          const to = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
          if (path && to.some((slug) => slug === target))
            found.push({ from, path, polymorphic: Array.isArray(field.relationTo) })
          break
        }
        case 'group':
          walk(from, field.fields, path ? `${path}.` : prefix)
          break
        case 'array':
          if (path) walk(from, field.fields, `${path}.`)
          break
        case 'blocks':
          if (path)
            for (const block of field.blocks ?? []) if (typeof block === 'object') walk(from, block.fields, `${path}.`)
          break
        case 'row':
        case 'collapsible':
          walk(from, field.fields, prefix)
          break
        case 'tabs':
          for (const tab of field.tabs)
            walk(from, tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix)
          break
      }
    }
  }
  // Payload's own collections (locks, preferences, jobs) clean up after themselves.
  for (const collection of config.collections)
    if (!collection.slug.startsWith('payload-')) walk(collection.slug, collection.fields, '')
  return found
}

function pointsAt(ref: Reference, target: string, id: string | number): Where {
  if (!ref.polymorphic) return { [ref.path]: { in: [id] } }
  return { and: [{ [`${ref.path}.relationTo`]: { equals: target } }, { [`${ref.path}.value`]: { equals: id } }] }
}

const label = (value: unknown, fallback: string): string => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object')
    return String((value as Record<string, unknown>).vi ?? Object.values(value)[0] ?? fallback)
  return fallback
}

/**
 * Refuses to delete a record that others still point at (the database would quietly empty those
 * fields, or the record would be left pointing at nothing). Counted with the Local API on the
 * field paths, so it works on SQLite and MongoDB alike, and with access overridden: the one
 * deleting may not be allowed to read the records that refer, so the answer names only their
 * kind and how many.
 */
export function refuseReferencedDelete(target: string, references: Reference[]): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const counts = new Map<string, number>()
    const byCollection = new Map<string, Reference[]>()
    for (const ref of references) byCollection.set(ref.from, [...(byCollection.get(ref.from) ?? []), ref])
    for (const [from, refs] of byCollection) {
      const where: Where = { or: refs.map((ref) => pointsAt(ref, target, id)) }
      const { totalDocs } = await req.payload.count({
        collection: from as CollectionSlug,
        where: from === target ? { and: [where, { id: { not_equals: id } }] } : where,
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) counts.set(from, totalDocs)
    }
    if (counts.size === 0) return
    const what = [...counts]
      .map(
        ([slug, n]) =>
          `${n} ${label(req.payload.collections[slug as CollectionSlug]?.config.labels?.singular, slug).toLowerCase()}`,
      )
      .join('; ')
    throw new APIError(
      `Không thể xóa: còn ${what} đang tham chiếu đến mục này. Hãy gỡ liên kết hoặc xóa các mục đó trước.`,
      409,
      null,
      true,
    )
  }
}

/** Adds the guard to every collection something refers to. */
export function withReferenceGuards(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    const references = referencesTo(config, collection.slug)
    if (references.length === 0) continue
    collection.hooks.beforeDelete = [
      refuseReferencedDelete(collection.slug, references),
      ...(collection.hooks.beforeDelete ?? []),
    ]
  }
  return config
}
