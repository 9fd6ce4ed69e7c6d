#!/usr/bin/env node
// Starts the portal on this machine with demo content: a random secret in .env on first
// run, a production build when the sources changed, the SQLite schema and seed, then
// the production server (server.mjs) on PORT (default 3000), whose first start creates the SQLite schema and
// loads the demo content.
import { spawnSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
process.chdir(root)

const envFile = path.join(root, '.env')
const env = existsSync(envFile) ? readFileSync(envFile, 'utf8') : ''
if (!/^PAYLOAD_SECRET=.{24,}$/m.test(env) && !process.env.PAYLOAD_SECRET) {
  writeFileSync(
    envFile,
    `${env}${env && !env.endsWith('\n') ? '\n' : ''}PAYLOAD_SECRET=${randomBytes(32).toString('hex')}\n`,
  )
  console.log('Đã tạo PAYLOAD_SECRET ngẫu nhiên trong .env')
}

function newest(dir) {
  let t = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (
      ['node_modules', '.next', 'data', 'media', '.git', 'tests', 'bench', 'dossier-files', 'document-files'].includes(
        entry.name,
      )
    )
      continue
    const p = path.join(dir, entry.name)
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const buildId = path.join(root, '.next', 'BUILD_ID')
if (!existsSync(buildId) || statSync(buildId).mtimeMs < newest(root)) {
  console.log('Đang dựng bản chạy (next build, khoảng 1–3 phút)…')
  run('npx', ['next', 'build'])
}
const port = process.env.PORT || '3000'
// The demo is the one start that loads the demo content (SEED_ON_INIT=1) into an empty
// database; its schema follows the collections on start (SQLITE_SCHEMA_SYNC=1), no migrations.
// A production server needs its public address: on this machine, localhost.
const demoEnv = {
  SERVER_URL: `http://localhost:${port}`,
  NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`,
  ...process.env,
  SEED_ON_INIT: '1',
  SQLITE_SCHEMA_SYNC: '1',
}
const server = spawn(process.execPath, ['server.mjs', '-p', port], { stdio: 'inherit', env: demoEnv })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig))
server.on('exit', (code) => process.exit(code ?? 0))

// The first request prepares the database and loads the demo content; make it now.
console.log('Đang chuẩn bị cơ sở dữ liệu và dữ liệu mẫu…')
for (let i = 0; i < 300; i++) {
  const ok = await fetch(`http://127.0.0.1:${port}/api/users/me`).then(
    (r) => r.ok,
    () => false,
  )
  if (ok) {
    console.log(
      `\nSoi Sửa đã sẵn sàng: http://localhost:${port}  (quản trị: http://localhost:${port}/admin, tài khoản mẫu trong README)`,
    )
    break
  }
  await new Promise((r) => setTimeout(r, 1000))
}
