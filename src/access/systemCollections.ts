import {
  APIError,
  type Access,
  type CollectionAfterReadHook,
  type CollectionBeforeChangeHook,
  type PayloadHandler,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type SanitizedConfig,
  type Where,
} from 'payload'
import { relationId } from '@/fields/relationships'
import { hasRole, type RoleUser } from './roles'

/**
 * Payload adds two collections of its own after the configuration is read: edit locks
 * (`payload-locked-documents`) and admin preferences (`payload-preferences`). Their default rule
 * is "any logged-in user may do anything", so any account could lock a document in a colleague's
 * name or list every lock. Their rules are set here, on the built configuration.
 */
const LOCKS = 'payload-locked-documents'
const PREFERENCES = 'payload-preferences'

const isAdminUser = (req: PayloadRequest) => hasRole(req.user as RoleUser, 'admin')
const ownLock = (req: PayloadRequest): Where => ({ 'user.value': { equals: req.user?.id } })

/** Collections and globals whose every document this user may read (a Where-scoped read does not count). */
async function readableEverywhere(req: PayloadRequest): Promise<{ collections: string[]; globals: string[] }> {
  const collections: string[] = []
  for (const [slug, { config }] of Object.entries(req.payload.collections)) {
    if (slug.startsWith('payload-') || !config.access?.read) continue
    if ((await config.access.read({ req })) === true) collections.push(slug)
  }
  const globals: string[] = []
  for (const global of req.payload.config.globals) {
    if (global.access?.read && (await global.access.read({ req })) === true) globals.push(global.slug)
  }
  return { collections, globals }
}

/**
 * A user sees their own locks, and the locks on documents they may read anyway (so the admin can
 * say "being edited by …" there); never a lock on something hidden from them.
 */
const readLocks: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req)) return true
  const { collections, globals } = await readableEverywhere(req)
  // Payload queries a polymorphic relationship's collection with `equals` only.
  const onReadable: Where[] = collections.map((slug) => ({ 'document.relationTo': { equals: slug } }))
  return { or: [ownLock(req), ...onReadable, { globalSlug: { in: globals } }] }
}

const deleteLocks: Access = ({ req }) => {
  if (!req.user) return false
  return isAdminUser(req) ? true : ownLock(req)
}

/** A lock is always taken in one's own name, on something one may change. */
const lockInOwnName: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user) return data
  const lock = { ...(originalDoc ?? {}), ...data }
  const holder = (data.user as { value?: unknown } | undefined)?.value
  if (holder !== undefined && relationId(holder) !== String(req.user.id)) {
    throw new APIError('Chỉ có thể khóa tài liệu dưới tên của chính mình.', 403, null, true)
  }
  const document = lock.document as { relationTo?: string } | undefined
  const target = document?.relationTo
    ? req.payload.collections[document.relationTo as keyof typeof req.payload.collections]?.config.access?.update
    : req.payload.config.globals.find((g) => g.slug === lock.globalSlug)?.access?.update
  if (!isAdminUser(req) && (!target || !(await target({ req })))) {
    throw new APIError('Bạn không có quyền sửa tài liệu này nên không thể khóa nó.', 403, null, true)
  }
  return data
}

/** Preferences belong to their user only (Payload fills `user` with the requester on create). */
const ownPreferences: Access = ({ req }) => {
  if (!req.user) return false
  const own: Where[] = [
    { 'user.value': { equals: req.user.id } },
    { 'user.relationTo': { equals: req.user.collection } },
  ]
  return { and: own }
}

/** Deleting a preference that does not exist is a 404, not a database error. */
function deletePreferenceOr404(original: PayloadHandler): PayloadHandler {
  return async (req) => {
    const key = String(req.routeParams?.key ?? '')
    if (req.user) {
      const { totalDocs } = await req.payload.count({
        collection: PREFERENCES,
        where: { key: { equals: key } },
        overrideAccess: false,
        user: req.user,
        req,
      })
      if (totalDocs === 0)
        return Response.json({ errors: [{ message: 'Không tìm thấy thiết lập này.' }] }, { status: 404 })
    }
    return original(req)
  }
}

/**
 * "Being edited by …": the admin names the lock's holder by the populated user's e-mail, or by
 * its raw id when the reader may not read that account (most staff read only their own). The
 * holder's display name is added here, read with the system's rights; nothing else of the account.
 */
const nameLockHolder: CollectionAfterReadHook = async ({ doc, req }) => {
  const holder = doc?.user as { relationTo?: string; value?: unknown } | undefined
  const id = relationId(holder?.value)
  if (!req.user || holder?.relationTo !== 'users' || !id) return doc
  // Populated when the reader may read the account; read here, with the system's rights, when not.
  const populated = holder.value && typeof holder.value === 'object' ? (holder.value as { name?: string }) : null
  const account =
    populated?.name !== undefined
      ? (populated as { name?: string | null; email?: string })
      : await req.payload
          .findByID({
            collection: 'users',
            id,
            depth: 0,
            overrideAccess: true,
            req,
            select: { name: true, email: true },
          })
          .catch(() => null)
  if (!account) return doc
  // The dialog prints `email`: it gets the name, which colleagues know each other by.
  return {
    ...doc,
    user: { relationTo: 'users', value: { id, name: account.name, email: account.name || account.email } },
  }
}

function setAccess(
  collection: SanitizedCollectionConfig | undefined,
  access: Partial<SanitizedCollectionConfig['access']>,
) {
  if (collection) Object.assign(collection.access, access)
}

export function withSystemAccess(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === LOCKS)
  setAccess(locks, { read: readLocks, create: ({ req }) => Boolean(req.user), update: readLocks, delete: deleteLocks })
  if (locks) {
    locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockInOwnName]
    locks.hooks.afterRead = [...(locks.hooks.afterRead ?? []), nameLockHolder]
  }

  const preferences = config.collections.find((c) => c.slug === PREFERENCES)
  setAccess(preferences, {
    read: ownPreferences,
    create: ({ req }) => Boolean(req.user),
    update: ownPreferences,
    delete: ownPreferences,
  })
  for (const endpoint of preferences && Array.isArray(preferences.endpoints) ? preferences.endpoints : []) {
    if (endpoint.method === 'delete' && endpoint.path === '/:key')
      endpoint.handler = deletePreferenceOr404(endpoint.handler)
  }
  return config
}
