import type { Payload } from 'payload'
import { scriptEnv } from './env'

let instance: Promise<Payload> | undefined

/**
 * A second Payload of our own, in the test process, on the test server's database: for what
 * HTTP cannot reach (trusted server code, jobs, two servers sharing one database). Production
 * mode and no job runner, like the scripts of tests/helpers/scripts.ts; it never seeds. The
 * database is schema-synced like the server's (SQLITE_SCHEMA_SYNC=1, a no-op on a schema that
 * already matches): with sync off, production mode would apply the committed migrations over
 * tables the sync already made.
 */
export function localPayload(): Promise<Payload> {
  instance ??= (async () => {
    Object.assign(process.env, scriptEnv({ SEARCH_WARMUP: '0' }))
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    return getPayload({ config })
  })()
  return instance
}

/** A demo or test account as the Local API's `user`, for calls with `overrideAccess: false`. */
export async function userByEmail(payload: Payload, email: string) {
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
  if (!found.docs[0]) throw new Error(`Thiếu tài khoản ${email}`)
  return { ...found.docs[0], collection: 'users' as const }
}
