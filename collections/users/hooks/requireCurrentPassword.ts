import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import { APIError, type CollectionAfterChangeHook, type CollectionBeforeOperationHook } from 'payload'
import type { User } from '../../../payload-types'

const derive = promisify(pbkdf2)

/**
 * Checks a password against the stored hash the way Payload stores it (it does not export its
 * check): `pbkdf2-sha256-v1:` hashes are 600,000 rounds of 32 bytes, older ones 25,000 of 512.
 */
async function passwordMatches(stored: { hash?: unknown; salt?: unknown }, password: string): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string' || !password) return false
  const current = stored.hash.startsWith('pbkdf2-sha256-v1:')
  const expected = Buffer.from(current ? stored.hash.slice('pbkdf2-sha256-v1:'.length) : stored.hash, 'hex')
  const actual = await derive(password, stored.salt, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

const CHANGED_EMAIL = 'emailChangedBy'

/**
 * Someone who changes their own e-mail or password must give the current password, so a session
 * left open (or a stolen token) cannot take the account over. An admin sets another account's
 * password without it (only admins may update other accounts at all). Payload ends the other
 * sessions after a password change; after an e-mail change `endOtherSessions` does the same.
 */
export const requireCurrentPassword: CollectionBeforeOperationHook = async ({ args, operation, req, context }) => {
  if (operation !== 'update' || !req.user) return args
  const { data, id } = args as { data?: Record<string, unknown>; id?: string | number }
  if (!data) return args
  const currentPassword = typeof data.currentPassword === 'string' ? data.currentPassword : ''
  delete data.currentPassword
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  const wantsEmail = typeof data.email === 'string' ? data.email.toLowerCase().trim() : undefined
  if (!changesPassword && wantsEmail === undefined) return args
  if (id === undefined || id === null) {
    throw new APIError('Đổi email hoặc mật khẩu từng tài khoản một, tại trang của tài khoản đó.', 400, null, true)
  }
  if (String(id) !== String(req.user.id)) return args
  const stored = await req.payload.db.findOne<User & { hash?: string; salt?: string }>({
    collection: 'users',
    where: { id: { equals: id } },
    req,
  })
  if (!stored) return args
  const changesEmail = wantsEmail !== undefined && wantsEmail !== stored.email
  if (!changesPassword && !changesEmail) return args
  if (!(await passwordMatches(stored, currentPassword))) {
    throw new APIError(
      'Cần nhập đúng mật khẩu hiện tại (currentPassword) để đổi email hoặc mật khẩu của mình.',
      403,
      null,
      true,
    )
  }
  if (changesEmail) context[CHANGED_EMAIL] = (req.user as { _sid?: string })._sid ?? ''
  return args
}

/** After an e-mail change only the session that made it stays valid. */
export const endOtherSessions: CollectionAfterChangeHook<User> = async ({ doc, req, context }) => {
  const keep = context[CHANGED_EMAIL]
  if (keep === undefined) return doc
  delete context[CHANGED_EMAIL]
  const stored = await req.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: doc.id } }, req })
  const sessions = (stored?.sessions ?? []).filter((s) => s.id === keep)
  await req.payload.db.updateOne({ collection: 'users', id: doc.id, data: { sessions }, req, returning: false })
  return doc
}
