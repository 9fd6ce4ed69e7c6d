import fs from 'node:fs'
import path from 'node:path'

/** Where the committed SQLite migrations live (`npm run payload -- migrate:create` writes here). */
export const MIGRATION_DIR = path.resolve(process.cwd(), 'migrations')

/** Names of the migrations this code knows, oldest first — the possible schema versions of a database. */
export function knownMigrationNames(dir = MIGRATION_DIR): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{8}_\d{6}_.+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort()
}
