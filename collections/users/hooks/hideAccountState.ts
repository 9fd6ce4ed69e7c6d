import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'
import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'
import type { User } from '../../../payload-types'

const hash = promisify(pbkdf2)
// Payload's own password hash (pbkdf2-sha256, 600,000 rounds, 32 bytes): the same work as checking a real password.
const HASH_ROUNDS = 600_000

/**
 * A failed login says the same thing, after the same work, whether the address has no account,
 * the password is wrong or the account is locked after too many failures: otherwise the answer
 * (Payload's "account locked" message) or its speed (no password to hash for an unknown
 * address) tells an outsider which addresses have accounts.
 */
export const hideAccountState: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const account = email
    ? await req.payload.db.findOne<User>({ collection: 'users', where: { email: { equals: email } }, req })
    : null
  const locked = Boolean(account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now())
  if (account && !locked) return args
  await hash(String(data?.password ?? ''), 'soisua-khong-co-tai-khoan', HASH_ROUNDS, 32, 'sha256')
  throw new AuthenticationError(req.t)
}
