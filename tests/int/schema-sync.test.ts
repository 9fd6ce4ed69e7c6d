/**
 * The schema sync of the demo and the tests brings an SQLite database in line with the
 * collections only with changes that lose nothing: a column the collections do not have,
 * holding data, is kept, and the server says to back up and run `npm run db:sync`.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RESULT_MARK } from '../fixtures/migrationResult'
import { ownScriptEnv, runNode, TS_SCRIPT_NODE_ARGS } from '../helpers/scripts'

describe('SQLite schema sync', () => {
  it('refuses a change that would drop data, and says what to do', { timeout: 300_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soi-sua-sync-'))
    const { code, output } = await runNode([...TS_SCRIPT_NODE_ARGS, 'tests/fixtures/schema-sync-lossy.ts'], {
      env: ownScriptEnv({
        NODE_ENV: 'production',
        DATABASE_URL: `file:${path.join(dir, 'sync.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
        SERVER_URL: 'http://127.0.0.1:9',
        DISABLE_JOB_RUNNER: '1',
        SQLITE_SCHEMA_SYNC: '1',
      }),
      timeoutMs: 240_000,
    })
    fs.rmSync(dir, { recursive: true, force: true })
    expect(code, output.slice(-2000)).toBe(0)
    const line = output.split('\n').find((l) => l.startsWith(RESULT_MARK))
    expect(line, output.slice(-2000)).toBeDefined()
    expect(JSON.parse(line!.slice(RESULT_MARK.length)).rows).toEqual([{ kept_note: 'giữ lại' }])
    expect(output).toContain('có thể mất dữ liệu')
    expect(output).toContain('npm run db:sync')
  })
})
