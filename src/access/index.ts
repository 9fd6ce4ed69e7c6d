import type { Access, FieldAccess, Where } from 'payload'
import { DRAFT, type LiveRule } from './live'
import { hasRole, NEWSROOM_ROLES, PUBLISHER_ROLES, type Role, type RoleUser } from './roles'

export * from './live'
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

/** Published documents of a collection with drafts: the one filter for "what the public may see". */
export const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Newsroom staff read everything, including drafts; everyone else reads what is published. */
export const publishedOrNewsroom: Access = ({ req: { user } }) =>
  hasRole(user as RoleUser, ...NEWSROOM_ROLES) ? true : PUBLISHED

/**
 * Articles: reporters write drafts; only publishers publish, and only they change, unpublish or
 * restore an article the public is reading. Payload also asks the update rule with
 * `_status: 'published'` to decide whether to show the Publish button.
 */
export const ARTICLES_LIVE: LiveRule = {
  collection: 'articles',
  publishers: PUBLISHER_ROLES,
  preparers: ['reporter'],
  isLive: (doc) => doc._status === 'published',
  notLive: DRAFT,
  goesLive: (data) => data._status === 'published',
}

/** Images: reporters upload and edit them until a published article shows them (`isPublic`). */
export const MEDIA_LIVE: LiveRule = {
  collection: 'media',
  publishers: PUBLISHER_ROLES,
  preparers: ['reporter'],
  isLive: (doc) => doc.isPublic === true,
  notLive: { or: [{ isPublic: { equals: false } }, { isPublic: { exists: false } }] },
  goesLive: () => false,
}

/** Newsroom staff see every image; everyone else only those a published article shows. */
export const publicOrNewsroomMedia: Access = ({ req: { user } }) =>
  hasRole(user as RoleUser, ...NEWSROOM_ROLES) ? true : { isPublic: { equals: true } }

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
