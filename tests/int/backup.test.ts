/**
 * `npm run backup` while the server is being written to, then `npm run restore` into a fresh
 * place: the database rows and the upload folders come back equal; a damaged archive and an
 * archive of a newer release are refused and change nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient, type Client } from '@libsql/client'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DATABASE_ENTRY, hashTree, MANIFEST, sha256File } from '@/backup/archive'
import { UPLOAD_FOLDERS } from '@/uploads/folders'
import { testServer } from '../helpers/env'
import { rest } from '../helpers/http'
import { runScript } from '../helpers/scripts'

/** Tables the writer during the backup does not touch: they must come back row for row. */
const STILL_TABLES = ['articles', 'organizations', 'dossiers', 'media', 'document_files', 'dossier_files', 'indicators']

const mongo = /^mongodb/.test(testServer().databaseUrl)
let work: string

function restoredEnv(target: string): Record<string, string> {
  return {
    DATABASE_URL: `file:${path.join(target, 'soi-sua.db')}`,
    MEDIA_DIR: path.join(target, 'media'),
    DOCUMENT_FILES_DIR: path.join(target, 'document-files'),
    DOSSIER_FILES_DIR: path.join(target, 'dossier-files'),
  }
}

async function rows(client: Client, table: string) {
  return (await client.execute(`SELECT * FROM "${table}" ORDER BY id`)).rows.map((r) => JSON.stringify(r))
}

/** Unpacks an archive, lets `change` alter it, and packs it again as another file. */
async function alteredCopy(archive: string, name: string, change: (dir: string) => void): Promise<string> {
  const dir = fs.mkdtempSync(path.join(work, 'alter-'))
  await tar.extract({ file: archive, cwd: dir })
  change(dir)
  const copy = path.join(work, name)
  await tar.create({ gzip: true, file: copy, cwd: dir }, fs.readdirSync(dir))
  return copy
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'soi-sua-backup-test-'))
})
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true })
})

describe('backup on MongoDB', () => {
  // It refuses before connecting, so an address where no server listens is enough on SQLite too.
  it('refuses and points to mongodump', async () => {
    const { code, output } = await runScript('scripts/backup.ts', {
      args: [path.join(work, 'x.tar.gz')],
      env: mongo ? {} : { DATABASE_URL: 'mongodb://127.0.0.1:9/soisua' },
    })
    expect(code).toBe(1)
    expect(output).toMatch(/mongodump/)
  })
})

describe.runIf(!mongo)('backup and restore on SQLite', () => {
  let archive: string
  let target: string
  const created: Array<{ id: string; title: string }> = []

  it('backs up while the server is written to, and restores rows and files equal', { timeout: 600_000 }, async () => {
    const server = testServer()
    const liveFile = server.databaseUrl.slice('file:'.length)
    const live = createClient({ url: `file:${liveFile}` })
    const before = Object.fromEntries(
      await Promise.all(STILL_TABLES.map(async (t) => [t, await rows(live, t)] as const)),
    )
    const folders = {
      media: server.mediaDir,
      'document-files': server.documentFilesDir,
      'dossier-files': server.dossierFilesDir,
    }
    const filesBefore = Object.fromEntries(
      Object.entries(folders).map(([name, dir]) => [name, fs.existsSync(dir) ? hashTree(dir) : {}]),
    )
    expect(Object.keys(filesBefore.media).length).toBeGreaterThan(0)

    // An editor keeps adding categories for as long as the backup runs.
    let writing = true
    const writer = (async () => {
      for (let i = 0; writing && i < 2000; i++) {
        const title = `Chuyên mục sao lưu ${Date.now()}-${i}`
        const res = await rest('POST', '/api/categories', {
          as: 'editor',
          body: { title, slug: `sao-luu-${Date.now()}-${i}` },
        })
        expect(res.status).toBe(201)
        created.push({ id: res.json.doc.id, title })
      }
    })()
    archive = path.join(work, 'soi-sua.tar.gz')
    const backup = await runScript('scripts/backup.ts', { args: [archive] })
    writing = false
    await writer
    expect(backup.output).toMatch(/Đã sao lưu/)
    expect(backup.code).toBe(0)
    expect(created.length).toBeGreaterThan(0)

    target = path.join(work, 'restored')
    const restore = await runScript('scripts/restore.ts', { args: [archive], env: restoredEnv(target) })
    expect(restore.output).toMatch(/Đã khôi phục/)
    expect(restore.code).toBe(0)

    const restored = createClient({ url: `file:${path.join(target, 'soi-sua.db')}` })
    expect((await restored.execute('PRAGMA integrity_check')).rows[0]?.[0]).toBe('ok')
    for (const table of STILL_TABLES) expect(await rows(restored, table), table).toEqual(before[table])
    // Categories written during the backup: each restored one is whole and exists on the server.
    const liveCategories = new Set(await rows(live, 'categories'))
    const restoredCategories = await rows(restored, 'categories')
    for (const row of restoredCategories) expect(liveCategories.has(row)).toBe(true)
    for (const { name } of UPLOAD_FOLDERS) {
      const dir = path.join(target, name)
      expect(fs.existsSync(dir) ? hashTree(dir) : {}, name).toEqual(filesBefore[name])
    }
    restored.close()
    live.close()
  })

  it('refuses a damaged archive and leaves the database as it was', { timeout: 300_000 }, async () => {
    const damaged = await alteredCopy(archive, 'damaged.tar.gz', (dir) =>
      fs.appendFileSync(path.join(dir, DATABASE_ENTRY), 'x'),
    )
    const dbFile = path.join(target, 'soi-sua.db')
    const sum = sha256File(dbFile)
    const { code, output } = await runScript('scripts/restore.ts', { args: [damaged], env: restoredEnv(target) })
    expect(code).toBe(1)
    expect(output).toMatch(/bị hỏng.*sha256/)
    expect(sha256File(dbFile)).toBe(sum)

    const truncated = path.join(work, 'truncated.tar.gz')
    fs.writeFileSync(truncated, fs.readFileSync(archive).subarray(0, Math.floor(fs.statSync(archive).size / 2)))
    const cut = await runScript('scripts/restore.ts', { args: [truncated], env: restoredEnv(target) })
    expect(cut.code).toBe(1)
    expect(cut.output).toMatch(/bị hỏng/)
    expect(sha256File(dbFile)).toBe(sum)
  })

  it('refuses an archive made by a newer release', { timeout: 300_000 }, async () => {
    const newer = await alteredCopy(archive, 'newer.tar.gz', (dir) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8'))
      fs.writeFileSync(
        path.join(dir, MANIFEST),
        JSON.stringify({ ...manifest, schemaVersion: '29991231_000000_future' }),
      )
    })
    const { code, output } = await runScript('scripts/restore.ts', { args: [newer], env: restoredEnv(target) })
    expect(code).toBe(1)
    expect(output).toMatch(/phiên bản mới hơn/)
  })
})
