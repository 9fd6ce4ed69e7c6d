import type { Access, FieldAccess, Where } from 'payload'
import { hasRole, NEWSROOM_ROLES, PUBLISHER_ROLES, type Role, type RoleUser } from './roles'

export * from './roles'

export const anyone: Access = () => true
export const nobody: Access = () => false

export const isRole =
  (...roles: Role[]): Access =>
  ({ req: { user } }) =>
    hasRole(user as RoleUser, ...roles)

export const fieldIsRole =
  (...roles: Role[]): FieldAccess =>
  ({ req: { user } }) =>
    hasRole(user as RoleUser, ...roles)

export const isAdmin = isRole('admin')

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Newsroom staff read everything, including drafts; everyone else reads what is published. */
export const publishedOrNewsroom: Access = ({ req: { user } }) =>
  hasRole(user as RoleUser, ...NEWSROOM_ROLES) ? true : PUBLISHED

/**
 * Writers may save drafts; only publishers may save a published version. Payload also asks
 * this rule with `_status: 'published'` to decide whether to show the Publish button.
 */
export const draftsOrPublish: Access = ({ req: { user }, data }) => {
  if (hasRole(user as RoleUser, ...PUBLISHER_ROLES)) return true
  if (!hasRole(user as RoleUser, 'reporter')) return false
  return data?._status !== 'published'
}

/** Public reference data (categories, authors, series) that newsroom staff maintain. */
export const newsroomWrite = isRole(...NEWSROOM_ROLES)
export const publisherWrite = isRole(...PUBLISHER_ROLES)

/** admin.hidden: the part of the admin that is not a role's work stays out of its menu. */
export const hiddenUnless =
  (...roles: Role[]) =>
  ({ user }: { user: unknown }) =>
    !hasRole(user as RoleUser, ...roles)

/** The newsroom's collections, out of the menus of dossier and inspection staff. */
export const newsroomOnly = hiddenUnless(...NEWSROOM_ROLES)
