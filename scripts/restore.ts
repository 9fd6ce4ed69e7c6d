/**
 * Brings back an archive written by `npm run backup`: the SQLite database and the media,
 * document-file and dossier-file folders. Stop the server first.
 *
 *   npm run restore -- backups/soi-sua-20261202-031500.tar.gz
 *
 * Refuses an archive that is damaged (a sha256 that does not match its manifest) or made by
 * a newer release (a schema version this code does not know). What it replaces is kept beside
 * it as `<name>.before-restore-<time>`. An older archive is brought up to date by the
 * migrations when the server starts (or `npm run migrate`).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import nextEnv from '@next/env'
import * as tar from 'tar'
import { archiveProblem, DATABASE_ENTRY, hashTree, MANIFEST } from '@/backup/archive'
import { databaseKind, sqliteFileUrl } from '@/db/url'
import { knownMigrationNames } from '@/db/migrationDir'
import { UPLOAD_FOLDERS, uploadDir } from '@/uploads/folders'

nextEnv.loadEnvConfig(process.cwd())

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const archive = process.argv[2]
if (!archive) fail('Cách dùng: npm run restore -- <tệp sao lưu .tar.gz>')
if (!fs.existsSync(archive)) fail(`Không có tệp ${archive}.`)
if (databaseKind() !== 'sqlite')
  fail('Cơ sở dữ liệu là MongoDB: khôi phục bằng mongorestore (xem README, mục Sao lưu).')

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'soi-sua-restore-'))
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }))
try {
  await tar.extract({ file: archive, cwd: work, strict: true })
} catch (err) {
  fail(`Bản sao lưu bị hỏng, không giải nén được: ${(err as Error).message}`)
}
let manifest: unknown = null
try {
  manifest = JSON.parse(fs.readFileSync(path.join(work, MANIFEST), 'utf8'))
} catch {
  /* reported as not an archive of this portal */
}
const problem = archiveProblem(manifest, hashTree(work), knownMigrationNames())
if (problem) fail(problem)

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
const keep = (file: string) => {
  if (fs.existsSync(file)) fs.renameSync(file, `${file}.before-restore-${stamp}`)
}
const databaseFile = path.resolve(sqliteFileUrl().slice('file:'.length))
fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
keep(databaseFile)
for (const suffix of ['-wal', '-shm']) keep(`${databaseFile}${suffix}`)
fs.copyFileSync(path.join(work, DATABASE_ENTRY), databaseFile)
for (const { name } of UPLOAD_FOLDERS) {
  const dir = uploadDir(name)
  keep(dir)
  const saved = path.join(work, name)
  if (fs.existsSync(saved)) fs.cpSync(saved, dir, { recursive: true })
  else fs.mkdirSync(dir, { recursive: true })
}
const { schemaVersion } = manifest as { schemaVersion: string | null }
console.log(
  `Đã khôi phục ${archive} (cấu trúc ${schemaVersion ?? 'không theo migration'}) vào ${databaseFile} và các thư mục tệp; ` +
    `bản cũ giữ lại với đuôi .before-restore-${stamp}. Khởi động lại máy chủ.`,
)
process.exit(0)
