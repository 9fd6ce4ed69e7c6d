import { ROLES, type Role } from './roles'

/**
 * Who may do what, in one table. The rules themselves live beside each collection (REST,
 * GraphQL, the admin and the pages all go through them); `tests/int/access-matrix.test.ts`
 * tries every cell of this table through REST, GraphQL and the public pages and fails on any
 * difference, so the table is the rules' specification.
 *
 * A cell says what the role may do with a document:
 * - `allow`: any document;
 * - `public`: only documents the public may see (published, public, approved);
 * - `not-public`: only documents the public does not see yet (drafts, internal, unpublished);
 *   a write that would make a document public is refused;
 * - `own-orgs`: only records of the organisations on the account and those below them (for the
 *   boards — reviewer, approver, inspector — the district or province committee on the account;
 *   a board account with no committee reaches everything only while the tree holds one district);
 * - `own`: only the account itself;
 * - `deny`: none.
 * A missing operation does not apply to the collection (no versions, no files, no accounts).
 * `publish` makes a non-public document public; `unpublish` takes a public one back.
 */
export type Who = Role | 'anonymous'
export type Cell = 'allow' | 'public' | 'not-public' | 'own-orgs' | 'own' | 'deny'
export const OPERATIONS = [
  'list',
  'read',
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'readVersions',
  'restoreVersion',
  'readFiles',
  'unlock',
] as const
export type Operation = (typeof OPERATIONS)[number]
export type Row = Record<Who, Cell>

export const WHO: Who[] = [...ROLES.map((r) => r.value), 'anonymous']

/** `rule('deny', { admin: 'allow' })`: a default for everyone, and the roles that differ. */
export function rule(otherwise: Cell, differ: Partial<Record<Who, Cell>> = {}): Row {
  return Object.fromEntries(WHO.map((w) => [w, differ[w] ?? otherwise])) as Row
}
const only = (...who: Who[]): Row => rule('deny', Object.fromEntries(who.map((w) => [w, 'allow'])))

const everyone = rule('allow')
const nobody = rule('deny')
const STAFF: Who[] = ROLES.map((r) => r.value)
const PUBLISHERS: Who[] = ['admin', 'editor']
const NEWSROOM: Who[] = ['admin', 'editor', 'reporter']
const DOCUMENT_EDITORS: Who[] = ['admin', 'editor', 'reviewer']
const DISTRICT_READERS: Who[] = ['admin', 'reviewer', 'approver', 'inspector']

const readOwnOrganizations = rule('deny', {
  ...Object.fromEntries(DISTRICT_READERS.map((w) => [w, 'own-orgs'])),
  admin: 'allow',
  'org-officer': 'own-orgs',
})
const writeOwnOrganizations = rule('deny', { admin: 'allow', 'org-officer': 'own-orgs' })
const publicOr = (...who: Who[]) => rule('public', Object.fromEntries(who.map((w) => [w, 'allow'])))

type Table = Record<string, Partial<Record<Operation, Row>>>

/** Drafts that `readers` see and `preparer` writes; publishers make them public. */
function staged(readers: Who[], preparer: Who): Table[string] {
  const prepares = rule('deny', { admin: 'allow', editor: 'allow', [preparer]: 'not-public' })
  return {
    list: publicOr(...readers),
    read: publicOr(...readers),
    create: prepares,
    update: prepares,
    delete: only(...PUBLISHERS),
    publish: only(...PUBLISHERS),
    unpublish: only(...PUBLISHERS),
    readVersions: only(...readers),
    restoreVersion: prepares,
  }
}

// The inspection committee's records belong to their subject's organisation: an inspector
// reaches those of the committee on the account (see `own-orgs`).
const inspectionCommittee = Object.fromEntries(
  (['list', 'read', 'create', 'update', 'delete', 'readVersions'] as const).map((op) => [
    op,
    rule('deny', { admin: 'allow', inspector: 'own-orgs' }),
  ]),
)

export const COLLECTION_ACCESS: Table = {
  articles: staged(NEWSROOM, 'reporter'),
  series: {
    list: everyone,
    read: everyone,
    create: only(...PUBLISHERS),
    update: only(...PUBLISHERS),
    delete: only(...PUBLISHERS),
  },
  categories: {
    list: everyone,
    read: everyone,
    create: only(...PUBLISHERS),
    update: only(...PUBLISHERS),
    delete: only(...PUBLISHERS),
  },
  authors: {
    list: everyone,
    read: everyone,
    create: only(...NEWSROOM),
    update: only(...NEWSROOM),
    delete: only(...PUBLISHERS),
  },
  media: {
    list: publicOr(...NEWSROOM),
    read: publicOr(...NEWSROOM),
    create: only(...NEWSROOM),
    update: rule('deny', { admin: 'allow', editor: 'allow', reporter: 'not-public' }),
    delete: only(...PUBLISHERS),
    readFiles: publicOr(...NEWSROOM),
  },
  comments: {
    list: publicOr(...PUBLISHERS),
    read: publicOr(...PUBLISHERS),
    create: everyone,
    update: only(...PUBLISHERS),
    delete: only(...PUBLISHERS),
  },
  'guidance-documents': staged(DOCUMENT_EDITORS, 'reviewer'),
  'document-files': {
    list: publicOr(...STAFF),
    read: publicOr(...STAFF),
    create: only(...DOCUMENT_EDITORS),
    update: only(...DOCUMENT_EDITORS),
    delete: only(...DOCUMENT_EDITORS),
    readFiles: publicOr(...STAFF),
  },
  'indicator-groups': {
    list: everyone,
    read: everyone,
    create: only(...DOCUMENT_EDITORS),
    update: only(...DOCUMENT_EDITORS),
    delete: only(...PUBLISHERS),
  },
  indicators: {
    list: everyone,
    read: everyone,
    create: only(...DOCUMENT_EDITORS),
    update: only(...DOCUMENT_EDITORS),
    delete: only(...PUBLISHERS),
  },
  organizations: {
    list: readOwnOrganizations,
    read: readOwnOrganizations,
    create: only('admin'),
    update: only('admin'),
    delete: only('admin'),
  },
  members: {
    list: readOwnOrganizations,
    read: readOwnOrganizations,
    create: writeOwnOrganizations,
    update: writeOwnOrganizations,
    delete: writeOwnOrganizations,
  },
  dossiers: {
    list: readOwnOrganizations,
    read: readOwnOrganizations,
    create: writeOwnOrganizations,
    update: writeOwnOrganizations,
    delete: writeOwnOrganizations,
    readVersions: readOwnOrganizations,
  },
  commitments: {
    list: readOwnOrganizations,
    read: readOwnOrganizations,
    create: writeOwnOrganizations,
    update: writeOwnOrganizations,
    delete: writeOwnOrganizations,
  },
  'dossier-files': {
    list: readOwnOrganizations,
    read: readOwnOrganizations,
    create: writeOwnOrganizations,
    update: writeOwnOrganizations,
    delete: writeOwnOrganizations,
    readFiles: readOwnOrganizations,
  },
  'dossier-events': {
    list: readOwnOrganizations,
    read: readOwnOrganizations,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  inspections: inspectionCommittee,
  'disciplinary-actions': inspectionCommittee,
  'published-tallies': {
    list: publicOr(...PUBLISHERS, 'inspector'),
    read: publicOr(...PUBLISHERS, 'inspector'),
    create: rule('deny', { admin: 'allow', editor: 'allow', inspector: 'not-public' }),
    update: rule('deny', { admin: 'allow', editor: 'allow', inspector: 'not-public' }),
    delete: rule('deny', { admin: 'allow', editor: 'allow', inspector: 'not-public' }),
    publish: only(...PUBLISHERS),
    unpublish: only(...PUBLISHERS),
  },
  'search-entries': {
    list: publicOr('admin'),
    read: publicOr('admin'),
    create: nobody,
    update: nobody,
    delete: only('admin'),
  },
  users: {
    list: rule('own', { admin: 'allow', anonymous: 'deny' }),
    read: rule('own', { admin: 'allow', anonymous: 'deny' }),
    create: only('admin'),
    update: rule('own', { admin: 'allow', anonymous: 'deny' }),
    delete: only('admin'),
    unlock: only('admin'),
  },
}

export const GLOBAL_ACCESS: Record<string, { read: Row; update: Row }> = {
  homepage: { read: everyone, update: only(...PUBLISHERS) },
  'site-settings': { read: everyone, update: only('admin') },
  'dossier-settings': { read: only(...STAFF), update: only('admin') },
  'progress-settings': { read: everyone, update: only(...PUBLISHERS) },
  'search-index-state': { read: everyone, update: nobody },
}
