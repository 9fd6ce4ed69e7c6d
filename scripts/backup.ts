/**
 * Writes one archive of everything the portal keeps on an SQLite machine, while it runs:
 *
 *   npm run backup                      → ./backups/soi-sua-<date>-<time>.tar.gz (BACKUP_DIR to change)
 *   npm run backup -- /path/to/file.tar.gz
 *
 * The database is copied with SQLite's `VACUUM INTO`, a consistent snapshot taken inside one
 * read transaction (the server goes on writing meanwhile), then the media, document-file and
 * dossier-file folders are copied, and manifest.json lists every file's sha256 and the schema
 * version (latest migration applied). MongoDB: see the README (mongodump).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import nextEnv from '@next/env'
import { createClient } from '@libsql/client'
import * as tar from 'tar'
import { BACKUP_FORMAT, DATABASE_ENTRY, hashTree, MANIFEST, type BackupManifest } from '@/backup/archive'
import { databaseKind, sqliteFileUrl } from '@/db/url'
import { UPLOAD_FOLDERS, uploadDir } from '@/uploads/folders'

nextEnv.loadEnvConfig(process.cwd())

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

if (databaseKind() !== 'sqlite') {
  fail('Cơ sở dữ liệu là MongoDB: sao lưu bằng mongodump --oplog và chép các thư mục tệp (xem README, mục Sao lưu).')
}
const databaseFile = path.resolve(sqliteFileUrl().slice('file:'.length))
if (!fs.existsSync(databaseFile)) fail(`Không có cơ sở dữ liệu tại ${databaseFile}.`)

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
const target = path.resolve(
  process.argv[2] || path.join(process.env.BACKUP_DIR || 'backups', `soi-sua-${stamp}.tar.gz`),
)
fs.mkdirSync(path.dirname(target), { recursive: true })
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'soi-sua-backup-'))
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }))

fs.mkdirSync(path.join(work, path.dirname(DATABASE_ENTRY)), { recursive: true })
const snapshot = path.join(work, DATABASE_ENTRY)
const live = createClient({ url: `file:${databaseFile}` })
await live.execute('PRAGMA busy_timeout = 10000')
await live.execute(`VACUUM INTO '${snapshot.replace(/'/g, "''")}'`)
live.close()

const copy = createClient({ url: `file:${snapshot}` })
const tables = await copy.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
const latest = tables.rows.length
  ? await copy.execute('SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY name DESC LIMIT 1')
  : undefined
copy.close()
const schemaVersion = latest?.rows[0] ? String(latest.rows[0].name) : null

const entries = [path.dirname(DATABASE_ENTRY)]
for (const { name } of UPLOAD_FOLDERS) {
  const dir = uploadDir(name)
  if (!fs.existsSync(dir)) continue
  fs.cpSync(dir, path.join(work, name), { recursive: true })
  entries.push(name)
}

const manifest: BackupManifest = {
  format: BACKUP_FORMAT,
  createdAt: new Date().toISOString(),
  schemaVersion,
  files: hashTree(work),
}
fs.writeFileSync(path.join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
const partial = `${target}.part`
await tar.create({ gzip: true, file: partial, cwd: work, portable: true }, [MANIFEST, ...entries])
fs.renameSync(partial, target)
const size = (fs.statSync(target).size / 1024 / 1024).toFixed(1)
console.log(
  `Đã sao lưu: ${target} (${size} MB, ${Object.keys(manifest.files).length} tệp, cấu trúc ${schemaVersion ?? 'không theo migration'}).`,
)
process.exit(0)
