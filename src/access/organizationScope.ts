import { APIError, type Access, type PayloadRequest, type Where } from 'payload'
import { hasRole, type Role, type RoleUser } from './roles'

/**
 * Restricted records (members, dossiers, commitments, their files and events) belong to an
 * organisation. The boards of a district (or of the province above the districts) read those
 * of the committee on their account and everything below it; an org-officer reads and writes
 * only those of the organisations on their account and the ones below. Nobody else sees any.
 */
export const DISTRICT_READERS: Role[] = ['admin', 'reviewer', 'approver', 'inspector']
/** Board roles whose reach is the committee on their account (a district, or the province). */
export const BOARD_ROLES: Role[] = ['reviewer', 'approver', 'inspector']

type Ref = string | number | { id: string | number } | null | undefined

/** The id of a relationship value, whether Payload gave the id or the populated document. */
export const refId = (r: Ref): string | undefined =>
  r == null || r === '' ? undefined : String(typeof r === 'object' ? r.id : r)
const idOf = refId

export function accountOrganizationIds(user: unknown): string[] {
  const orgs = (user as { organizations?: Ref[] } | null)?.organizations
  return (orgs ?? []).map(idOf).filter((v): v is string => Boolean(v))
}

/** The organisations below the given ones, found level by level (a district tree is shallow). */
export async function withDescendants(req: PayloadRequest, roots: string[]): Promise<string[]> {
  const all = new Set(roots)
  let frontier = roots
  for (let depth = 0; frontier.length > 0 && depth < 10; depth++) {
    const { docs } = await req.payload.find({
      collection: 'organizations',
      where: { parent: { in: frontier } },
      select: { code: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    frontier = docs.map((d) => String(d.id)).filter((id) => !all.has(id))
    frontier.forEach((id) => all.add(id))
  }
  return [...all]
}

/** An organisation and those above it, nearest first. */
export async function withAncestors(req: PayloadRequest, orgId: string): Promise<string[]> {
  const chain: string[] = []
  let current: string | undefined = orgId
  while (current && !chain.includes(current) && chain.length < 20) {
    chain.push(current)
    const found: { docs: { parent?: Ref }[] } = await req.payload.find({
      collection: 'organizations',
      where: { id: { equals: current } },
      select: { parent: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    current = idOf(found.docs[0]?.parent)
  }
  return chain
}

const districtCounts = new WeakMap<object, Promise<number>>()

/** How many district committees the tree holds (once per request). */
export function districtCount(req: PayloadRequest): Promise<number> {
  let n = districtCounts.get(req)
  if (!n) {
    n = req.payload
      .count({ collection: 'organizations', where: { kind: { equals: 'district' } }, overrideAccess: true, req })
      .then((r) => r.totalDocs)
    districtCounts.set(req, n)
  }
  return n
}

// Access functions run many times per request (list, each relationship, each permission);
// the scope is computed once per request.
const scopes = new WeakMap<object, Promise<string[]>>()

/** Ids of the organisations an org-officer acts for: those on the account and all below. */
export function organizationScope(req: PayloadRequest): Promise<string[]> {
  let scope = scopes.get(req)
  if (!scope) {
    scope = withDescendants(req, accountOrganizationIds(req.user))
    scopes.set(req, scope)
  }
  return scope
}

export async function isInScope(req: PayloadRequest, orgId: Ref): Promise<boolean> {
  const id = idOf(orgId)
  if (!id) return false
  return (await organizationScope(req)).includes(id)
}

/** Read rule of a restricted collection whose rows carry their organisation in `field`. */
export function readOwnOrganizations(field: string): Access {
  return async ({ req }) => {
    const user = req.user as RoleUser
    if (!user) return false
    if (hasRole(user, 'admin')) return true
    if (!hasRole(user, ...BOARD_ROLES, 'org-officer')) return false
    return committeeWhere(req, field)
  }
}

/**
 * What a board member or officer reaches: the organisations on the account and those below. A
 * board account with no committee on it reads everything only while the portal serves a single
 * district; once the tree holds several, it reads nothing until its committee is set.
 */
async function committeeWhere(req: PayloadRequest, field: string): Promise<boolean | Where> {
  const user = req.user as RoleUser
  if (hasRole(user, ...BOARD_ROLES) && !hasRole(user, 'org-officer') && accountOrganizationIds(user).length === 0) {
    return (await districtCount(req)) <= 1
  }
  const scope = await organizationScope(req)
  return scope.length ? { [field]: { in: scope } } : false
}

/**
 * Rule of the inspection committee's records: admins all; an inspector those whose subject
 * belongs to their committee's organisations (`field` holds that organisation).
 */
export function inspectionCommitteeScope(field: string): Access {
  return async ({ req }) => {
    const user = req.user as RoleUser
    if (!user) return false
    if (hasRole(user, 'admin')) return true
    if (!hasRole(user, 'inspector')) return false
    return committeeWhere(req, field)
  }
}

/** Whether the user's committee reaches this organisation (admins, and single-district boards, reach all). */
export async function committeeReaches(req: PayloadRequest, orgId: Ref): Promise<boolean> {
  if (hasRole(req.user as RoleUser, 'admin')) return true
  const where = await committeeWhere(req, 'id')
  if (where === true) return true
  if (where === false) return false
  return isInScope(req, orgId)
}

/**
 * Write rule: the organisation's officers within their scope, admins everywhere; `also`
 * narrows both (e.g. only while the dossier is editable).
 */
export function writeOwnOrganizations(field: string, also?: Where): Access {
  return async ({ req }) => {
    const user = req.user as RoleUser
    if (!user) return false
    if (hasRole(user, 'admin')) return also ?? true
    if (!hasRole(user, 'org-officer')) return false
    const scope = await organizationScope(req)
    if (!scope.length) return false
    const own: Where = { [field]: { in: scope } }
    return also ? { and: [own, also] } : own
  }
}

/**
 * Create rules cannot return a Where, so hooks check the organisation of new rows here. Admins
 * may file for any organisation.
 */
export async function assertMayActFor(req: PayloadRequest, orgId: Ref, what: string): Promise<void> {
  if (hasRole(req.user as RoleUser, 'admin')) return
  if (await isInScope(req, orgId)) return
  throw new APIError(
    `Bạn chỉ được ${what} của tổ chức đảng mình phụ trách (và các tổ chức trực thuộc).`,
    403,
    null,
    true,
  )
}
