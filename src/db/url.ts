import fs from 'node:fs'
import path from 'node:path'

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
