import path from 'node:path'
import fs from 'node:fs'
import type { DatabaseAdapterObj } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { migrations } from '../../migrations'
import { MIGRATION_DIR } from './migrationDir'
import { serializeTransactions } from './serialTransactions'
import { databaseKind, sqliteFileUrl } from './url'

export { databaseKind, sqliteFileUrl, type DatabaseKind } from './url'

/**
 * The demo, the tests and `next dev` keep the fast path: the schema follows the collections
 * on start (SQLITE_SCHEMA_SYNC=1, or development mode). Everything else — a production
 * server, `npm run create-admin`, backups — changes an SQLite schema only through the
 * committed migrations in migrations/.
 */
export function sqliteSchemaSync(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SQLITE_SCHEMA_SYNC === '1') return true
  return env.NODE_ENV === 'development' && env.SQLITE_SCHEMA_SYNC !== '0'
}

export function databaseAdapter(url = process.env.DATABASE_URL): DatabaseAdapterObj {
  if (databaseKind(url) === 'mongodb') {
    return mongooseAdapter({ url: url as string })
  }
  const fileUrl = sqliteFileUrl(url)
  const filePath = fileUrl.slice('file:'.length)
  if (filePath && !filePath.startsWith(':')) fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
  const sqlite = sqliteAdapter({
    client: { url: fileUrl },
    idType: 'uuid',
    // A write and its audit row share a transaction; SQLite needs this to turn them on.
    transactionOptions: {},
    // The server, the job runner and command-line scripts share the file: readers must not
    // fail while a writer holds the lock (WAL lets them read alongside; the timeout waits).
    wal: true,
    busyTimeout: 10_000,
    // Payload's own push in development mode; schema.ts pushes for the demo and the tests.
    push: sqliteSchemaSync() && process.env.NODE_ENV !== 'production',
    migrationDir: MIGRATION_DIR,
    // A production server applies the committed migrations it has not applied yet when it starts.
    prodMigrations: sqliteSchemaSync() ? undefined : migrations,
  })
  return { ...sqlite, init: (args) => serializeTransactions(sqlite.init(args)) }
}
