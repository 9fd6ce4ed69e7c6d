import type {
  AfterErrorHook,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
} from 'payload'
import { changeAction, changedFieldNames, publicState } from './changes'
import type { AuditLog } from '../../payload-types'
import { writeAuditEntry } from './record'

type Doc = Record<string, unknown>
type Actor = { id: string | number; email?: string | null }

/** Context keys of this module (req.context is shared by every operation of one request). */
const BEFORE = 'auditTrailPublicBefore'
const LOGIN_EMAIL = 'auditTrailLoginEmail'
const PASSWORD_SET = 'auditTrailPasswordSet'
/** Set by the dossier workflow: the step a stage change belongs to. */
export const WORKFLOW_STEP = 'workflowStep'

function actorOf(req: PayloadRequest): Actor | null {
  const user = req.user as Actor | null | undefined
  return user && user.id !== undefined ? user : null
}

function hasDrafts(collection: CollectionConfig): boolean {
  return Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
}

/**
 * With drafts, the document a hook sees is the latest version, which may be a draft saved over
 * the published one; whether the record is public is read from the main document itself.
 */
async function storedPublicState(
  req: PayloadRequest,
  slug: CollectionSlug,
  id: string | number,
): Promise<boolean | undefined> {
  const main = await req.payload.db.findOne<Doc & { id: string | number }>({
    collection: slug,
    where: { id: { equals: id } },
    req,
  })
  return publicState(main)
}

export type AuditedCollection = { slug: AuditSlug; restricted: boolean }
type AuditSlug = NonNullable<AuditLog['collectionSlug']>

/**
 * The audit hooks of one collection: every create, update (publish, unpublish, workflow step)
 * and delete made by a signed-in user leaves a row, in the same transaction. Restricted
 * collections give the record's id only; public ones also its title.
 */
export function auditCollectionHooks(target: AuditedCollection, collection: CollectionConfig) {
  const drafts = hasDrafts(collection)
  const titleField = collection.admin?.useAsTitle
  const titleOf = (doc: Doc | null | undefined) =>
    !target.restricted && titleField && doc && typeof doc[titleField] === 'string'
      ? (doc[titleField] as string)
      : undefined

  const rememberBefore: CollectionBeforeChangeHook = async ({ req, operation, originalDoc, data }) => {
    if (!actorOf(req)) return data
    // Payload drops a new password from `data` before the after-change hooks see it.
    if (typeof data?.password === 'string' && data.password) req.context[PASSWORD_SET] = true
    if (!drafts || operation !== 'update' || !originalDoc?.id) return data
    const before = (req.context[BEFORE] ??= {}) as Record<string, boolean | undefined>
    before[String(originalDoc.id)] = await storedPublicState(req, target.slug, originalDoc.id)
    return data
  }

  const recordChange: CollectionAfterChangeHook = async ({ req, operation, doc, previousDoc, data }) => {
    const actor = actorOf(req)
    if (!actor) return doc
    let wasPublic = publicState(previousDoc)
    let isPublic = publicState(doc)
    if (drafts && operation === 'update') {
      const before = req.context[BEFORE] as Record<string, boolean | undefined> | undefined
      if (before && String(doc.id) in before) wasPublic = before[String(doc.id)]
      isPublic = await storedPublicState(req, target.slug, doc.id)
    }
    const passwordSet = req.context[PASSWORD_SET] === true
    delete req.context[PASSWORD_SET]
    const step =
      typeof req.context[WORKFLOW_STEP] === 'string' && target.slug === 'dossiers'
        ? String(req.context[WORKFLOW_STEP])
        : undefined
    await writeAuditEntry(req, {
      action: changeAction({ operation, wasPublic, isPublic, workflowStep: step }),
      actor,
      collectionSlug: target.slug,
      recordId: doc.id,
      recordTitle: titleOf(doc),
      fields: changedFieldNames(
        operation === 'create' ? null : previousDoc,
        doc,
        passwordSet ? { ...data, password: '*' } : data,
      ),
      detail: step,
    })
    return doc
  }

  const recordDelete: CollectionAfterDeleteHook = async ({ req, doc, id }) => {
    const actor = actorOf(req)
    if (!actor) return doc
    await writeAuditEntry(req, {
      action: 'delete',
      actor,
      collectionSlug: target.slug,
      recordId: id,
      recordTitle: titleOf(doc),
    })
    return doc
  }

  return { rememberBefore, recordChange, recordDelete }
}

/** Remembers who tries to log in, so a refusal can be recorded by `recordFailedLogin`. */
export const noteLoginAttempt: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    req.context[LOGIN_EMAIL] = typeof email === 'string' ? email.trim().toLowerCase() : ''
  }
  return args
}

export const recordLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  delete req.context[LOGIN_EMAIL]
  await writeAuditEntry(req, { action: 'login', actor: user as Actor, collectionSlug: 'users', recordId: user.id })
  return user
}

export const recordLogout: CollectionAfterLogoutHook = async ({ req }) => {
  const actor = actorOf(req)
  if (actor) await writeAuditEntry(req, { action: 'logout', actor, collectionSlug: 'users', recordId: actor.id })
}

const LOGIN_REFUSALS: Record<string, string> = {
  AuthenticationError: 'Sai email hoặc mật khẩu',
  LockedAuth: 'Tài khoản đang bị khóa',
  UnverifiedEmail: 'Email chưa xác minh',
  ValidationError: 'Thiếu email hoặc mật khẩu',
}

/**
 * Payload has no hook for a refused login; its error hook sees the refusal on every door
 * (REST and GraphQL), and the attempt noted before the operation says it was a login.
 */
export const recordFailedLogin: AfterErrorHook = async ({ error, req }) => {
  if (!req || typeof req.context?.[LOGIN_EMAIL] !== 'string') return
  const email = req.context[LOGIN_EMAIL] as string
  delete req.context[LOGIN_EMAIL]
  const original = (error as { originalError?: Error }).originalError ?? error
  const reason = LOGIN_REFUSALS[original?.name ?? ''] ?? 'Đăng nhập bị từ chối'
  try {
    // The refused login has already rolled back its own transaction; this row stands alone.
    await writeAuditEntry(req, {
      action: 'login-failed',
      actorEmail: email || '(không có email)',
      collectionSlug: 'users',
      detail: reason,
    })
  } catch (err) {
    req.payload.logger.error({ err, msg: 'Không ghi được nhật ký đăng nhập không thành công' })
  }
}
