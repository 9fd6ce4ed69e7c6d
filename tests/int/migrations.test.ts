/**
 * SQLite schema changes go through the committed migrations: a database made by the previous
 * release's migrations, with rows in it, upgrades to this release's schema without losing them,
 * and the migrations together build exactly the schema the collections describe (a field
 * added without `npm run payload -- migrate:create` fails here).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { knownMigrationNames } from '@/db/migrationDir'
import { RESULT_MARK } from '../fixtures/migrationResult'
import { ownScriptEnv, runNode, TS_SCRIPT_NODE_ARGS } from '../helpers/scripts'

// Runs on a database file of its own, also when the suite runs on MongoDB (which needs no migrations).
describe('SQLite migrations', () => {
  it(
    'upgrade a database of the previous release without loss, to the schema of the collections',
    { timeout: 600_000 },
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soi-sua-migrate-'))
      const env = ownScriptEnv({
        // Not production: a production start would apply every migration at once.
        NODE_ENV: 'test',
        DATABASE_URL: `file:${path.join(dir, 'upgrade.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
        SERVER_URL: 'http://127.0.0.1:9',
        DISABLE_JOB_RUNNER: '1',
        SQLITE_SCHEMA_SYNC: '0',
      })
      const { code, output } = await runNode([...TS_SCRIPT_NODE_ARGS, 'tests/fixtures/migration-upgrade.ts'], {
        env,
        timeoutMs: 540_000,
      })
      fs.rmSync(dir, { recursive: true, force: true })
      expect(code, output.slice(-2000)).toBe(0)
      const line = output.split('\n').find((l) => l.startsWith(RESULT_MARK))
      expect(line, output.slice(-2000)).toBeDefined()
      const result = JSON.parse(line!.slice(RESULT_MARK.length))

      const names = knownMigrationNames()
      expect(names.length).toBeGreaterThanOrEqual(2)
      expect(result.previous).toEqual(names.slice(0, -1))
      expect(result.applied).toEqual(names)
      expect(result.found).toEqual([...result.written].sort((a, b) => a.slug.localeCompare(b.slug)))
      // Nothing of the collections is missing from the migrated schema. (drizzle-kit still offers to
      // rebuild tables whose foreign keys were added by ALTER TABLE, which SQLite cannot give an
      // ON DELETE action: those rebuilds are not missing tables or columns.)
      const missing = (result.schemaDifferences as string[]).filter(
        (statement) => /^CREATE TABLE `(?!__new_)/.test(statement) || /^ALTER TABLE .* ADD /.test(statement),
      )
      expect(missing).toEqual([])
    },
  )
})
