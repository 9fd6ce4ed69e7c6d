#!/usr/bin/env node
/**
 * `npm test`: makes sure the browser for the e2e tests is there, then runs Vitest with the
 * arguments given (`npm test -- --project unit`, `npm test -- tests/int/api.test.ts`).
 * Exits with Vitest's exit code.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

function projectsOf(argv) {
  const projects = []
  argv.forEach((a, i) => {
    if (a === '--project') projects.push(argv[i + 1] ?? '')
    else if (a.startsWith('--project=')) projects.push(a.slice('--project='.length))
  })
  return projects
}

/** Only the e2e project needs the browser; `--project unit` or `--project int` run without it. */
function wantsBrowser(argv) {
  const projects = projectsOf(argv)
  return projects.length === 0 || projects.some((p) => p.includes('e2e') || p.includes('*'))
}

/** The int project starts a Redis of its own (two servers sharing one cache). */
function wantsRedis(argv) {
  const projects = projectsOf(argv)
  return projects.length === 0 || projects.some((p) => p.includes('int') || p.includes('*'))
}

/** Installs a Debian package with apt when `file` is missing and we are root; otherwise says how to. */
function ensureDebianPackage(file, pkg, howTo) {
  if (fs.existsSync(file)) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    console.error(howTo)
    process.exit(1)
  }
  const log = path.join(os.tmpdir(), `soi-sua-apt-${pkg}-${process.pid}.log`)
  console.log(`Đang cài ${pkg} từ Debian (nhật ký: ${log})…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const fd = fs.openSync(log, 'a')
  for (const cmd of [
    ['apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update']],
    ['apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '--no-install-recommends', pkg]],
  ]) {
    const r = spawnSync(cmd[0], cmd[1], { stdio: ['ignore', fd, fd], env, timeout: 20 * 60 * 1000 })
    if (r.status !== 0) {
      fs.closeSync(fd)
      const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-30).join('\n')
      console.error(`${cmd[0]} ${cmd[1].join(' ')} thất bại:\n${tail}\n\n${howTo}`)
      process.exit(1)
    }
  }
  fs.closeSync(fd)
  if (!fs.existsSync(file)) {
    console.error(`Đã cài gói ${pkg} nhưng vẫn không thấy ${file}.\n${howTo}`)
    process.exit(1)
  }
}

function ensureChromium() {
  const howTo =
    `Không tìm thấy Chromium tại ${chromium} (cần cho các bài kiểm thử e2e).\n` +
    'Cài bằng: sudo apt-get update && sudo apt-get install -y chromium\n' +
    'hoặc đặt CHROMIUM_PATH=/đường/dẫn/tới/chromium.'
  if (!fs.existsSync(chromium) && chromium !== '/usr/bin/chromium') {
    console.error(howTo)
    process.exit(1)
  }
  ensureDebianPackage(chromium, 'chromium', howTo)
}

function ensureRedis() {
  if (process.env.REDIS_SERVER_PATH) return
  ensureDebianPackage(
    '/usr/bin/redis-server',
    'redis-server',
    'Không tìm thấy redis-server (cần cho bài kiểm thử hai máy chủ dùng chung bộ đệm).\n' +
      'Cài bằng: sudo apt-get update && sudo apt-get install -y redis-server\n' +
      'hoặc đặt REDIS_SERVER_PATH=/đường/dẫn/tới/redis-server.',
  )
}

if (wantsBrowser(args)) ensureChromium()
if (wantsRedis(args)) ensureRedis()

const require = createRequire(path.join(root, 'package.json'))
const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs')
const child = spawn(process.execPath, [vitest, 'run', ...args], { cwd: root, stdio: 'inherit', env: process.env })
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal))
}
child.on('exit', (code, signal) => {
  if (signal) {
    console.error(`Vitest bị dừng bởi ${signal}.`)
    process.exit(1)
  }
  process.exit(code ?? 1)
})
