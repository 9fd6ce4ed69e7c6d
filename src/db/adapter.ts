import path from 'node:path'
import fs from 'node:fs'
import type { DatabaseAdapterObj } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { serializeTransactions } from './serialTransactions'

export type DatabaseKind = 'sqlite' | 'mongodb'

/** The one place that knows which database runs. */
export function databaseKind(url = process.env.DATABASE_URL): DatabaseKind {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URL không hợp lệ: "${url}". Hãy để trống (SQLite tại ./data/), dùng file:đường-dẫn.db hoặc mongodb://…`,
  )
}

export function sqliteFileUrl(url = process.env.DATABASE_URL): string {
  if (url && url.startsWith('file:')) return url
  const dir = path.resolve(process.cwd(), 'data')
  fs.mkdirSync(dir, { recursive: true })
  return `file:${path.join(dir, 'soi-sua.db')}`
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
  })
  return { ...sqlite, init: (args) => serializeTransactions(sqlite.init(args)) }
}
