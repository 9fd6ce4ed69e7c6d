import { inject } from 'vitest'
import type { TestServerContext } from '../setup/context'

/** The running test server (int and e2e projects only; unit tests have none). */
export function testServer(): TestServerContext {
  const server = inject('server')
  if (!server) throw new Error('Không có máy chủ kiểm thử: helper này chỉ dùng trong tests/int và tests/e2e.')
  return server
}

let ownServer: string | undefined

/**
 * Sends this test file's requests (url(), and so rest(), login(), graphql()) to a server of its
 * own (see startExtraServer), for a test whose records would change what other files count.
 * Each test file runs in a module context of its own, so others keep the shared server.
 */
export function useOwnServer(baseUrl: string | undefined): void {
  ownServer = baseUrl
}

/** Absolute URL on the test server: url('/api/articles') → http://127.0.0.1:<port>/api/articles. */
export function url(pathname: string): string {
  return new URL(pathname, `${ownServer ?? testServer().baseUrl}/`).toString()
}

/**
 * Environment for a script that must work on the server's own database and uploads
 * (`node --import tsx scripts/seed.ts`, importers…). Production mode, so Payload never
 * alters the schema under the running server, and no job runner of its own.
 */
export function scriptEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const s = testServer()
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'TEST') delete env[k]
  return {
    ...env,
    NODE_ENV: 'production',
    DATABASE_URL: s.databaseUrl,
    MEDIA_DIR: s.mediaDir,
    DOCUMENT_FILES_DIR: s.documentFilesDir,
    DOSSIER_FILES_DIR: s.dossierFilesDir,
    PAYLOAD_SECRET: s.payloadSecret,
    SERVER_URL: s.baseUrl,
    DISABLE_JOB_RUNNER: '1',
    SEED_ON_INIT: '0',
    SQLITE_SCHEMA_SYNC: '1',
    ...extra,
  }
}
