import type { Access, CollectionSlug, Where } from 'payload'
import { hasRole, type Role, type RoleUser } from './roles'

/**
 * What the public sees of a collection, and who may change it. `isLive` reads a stored
 * document, `notLive` says the same as a query, `goesLive` reads the incoming data.
 */
export type LiveRule = {
  collection: CollectionSlug
  /** May do anything, including making a document public and changing or deleting a public one. */
  publishers: Role[]
  /** May prepare documents that are not public, and change or delete them while they are not. */
  preparers: Role[]
  isLive: (stored: Record<string, unknown>) => boolean
  notLive: Where
  goesLive: (data: Record<string, unknown>) => boolean
}

const user = (req: { user?: unknown }) => req.user as RoleUser

/** Create: preparers only with data that does not make the document public. */
export function createUnlessLive(rule: LiveRule): Access {
  return ({ req, data }) => {
    if (hasRole(user(req), ...rule.publishers)) return true
    if (!hasRole(user(req), ...rule.preparers)) return false
    return !rule.goesLive(data ?? {})
  }
}

/**
 * Update, delete and version restore. An update of a document the public sees is a publish or
 * an unpublish, whatever the incoming data says, so the rule reads the stored document itself
 * (not the latest draft, which Payload would otherwise test the query against).
 */
export function changeUnlessLive(rule: LiveRule): Access {
  return async ({ req, id, data }) => {
    if (hasRole(user(req), ...rule.publishers)) return true
    if (!hasRole(user(req), ...rule.preparers)) return false
    if (data && rule.goesLive(data)) return false
    if (id !== undefined && id !== null && id !== '') {
      const stored = await req.payload.db.findOne<Record<string, unknown> & { id: string | number }>({
        collection: rule.collection,
        where: { id: { equals: id } },
        req,
      })
      if (stored && rule.isLive(stored)) return false
    }
    return rule.notLive
  }
}

export const DRAFT: Where = { _status: { equals: 'draft' } }
