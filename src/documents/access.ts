import type { Access, Where } from 'payload'
import { hasRole, PUBLISHED, PUBLISHER_ROLES, type LiveRule, type Role, type RoleUser } from '@/access'

/** Who writes guidance documents and the catalogue: the newsroom's publishers and the Propaganda Board. */
export const DOCUMENT_EDITOR_ROLES: Role[] = ['admin', 'editor', 'reviewer']

/**
 * Only publishers make a document public. The Propaganda Board prepares and publishes
 * internal documents; it cannot set a document public nor change one that is (even as a draft,
 * since publishing it would show the public what it did not approve).
 */
export const DOCUMENTS_LIVE: LiveRule = {
  collection: 'guidance-documents',
  publishers: PUBLISHER_ROLES,
  preparers: ['reviewer'],
  isLive: (doc) => doc.visibility === 'public',
  notLive: { visibility: { equals: 'internal' } },
  goesLive: (data) => data.visibility === 'public',
}

/** Any staff account (every role may read internal documents). */
export const isStaff = (user: unknown): boolean =>
  Array.isArray((user as { roles?: unknown } | null)?.roles) && (user as { roles: unknown[] }).roles.length > 0

export const PUBLIC_DOCUMENT: Where = { and: [PUBLISHED, { visibility: { equals: 'public' } }] }

/**
 * Editors read everything, drafts included; other staff read every published document,
 * internal ones too; the public reads published public documents only.
 */
export const readGuidanceDocuments: Access = ({ req: { user } }) => {
  if (hasRole(user as RoleUser, ...DOCUMENT_EDITOR_ROLES)) return true
  return isStaff(user) ? PUBLISHED : PUBLIC_DOCUMENT
}

/** Files follow their documents: the public gets a file only while a public document shows it. */
export const readDocumentFiles: Access = ({ req: { user } }) => (isStaff(user) ? true : { isPublic: { equals: true } })
