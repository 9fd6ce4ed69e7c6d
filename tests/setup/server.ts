/**
 * Global setup of the `int` and `e2e` projects: one production server for the whole run.
 *
 *   fresh temp dir → capture SMTP server → next build (skipped when TEST_REUSE_BUILD=1 and
 *   .next/BUILD_ID exists) → node server.mjs → wait for /api/users/me, whose first request
 *   syncs the SQLite schema and loads the demo seed.
 *
 * Both projects list this file; the first call starts the server and the last teardown
 * stops it, so int and e2e share one server and one database.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import type { TestServerContext } from './context'
import { startCaptureSmtp } from './smtp'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const resultsDir = path.join(root, 'test-results')
const requireFromRoot = createRequire(path.join(root, 'package.json'))
export const nextBin = requireFromRoot.resolve('next/dist/bin/next')
/** The production server of `npm start`: Next.js behind the front cache. */
export const serverScript = path.join(root, 'server.mjs')

// The first request brings the schema up and loads the demo seed (images, the district, the catalogue).
const SERVER_TIMEOUT_MS = Number(process.env.TEST_SERVER_TIMEOUT_MS || 300_000)
const BUILD_TIMEOUT_MS = 30 * 60_000

type Running = { context: TestServerContext; users: number; stop: () => Promise<void> }
const KEY = Symbol.for('soi-sua.test-server')
const shared = globalThis as unknown as Record<symbol, Promise<Running> | undefined>

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared[KEY] ??= start()
  const running = await shared[KEY]
  running.users++
  project.provide('server', running.context)
  return async () => {
    running.users--
    if (running.users > 0) return
    shared[KEY] = undefined
    await running.stop()
  }
}

function log(message: string) {
  console.log(`[test-server] ${message}`)
}

export function tail(file: string, lines = 60): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return '(không có nhật ký)'
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** A MongoDB URL from the environment gets a database of its own for this run. */
export function uniqueMongoUrl(url: string, name: string): string {
  const m = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(\/[^?]*)?(\?.*)?$/.exec(url)
  if (!m) throw new Error(`DATABASE_URL MongoDB không hợp lệ: ${url}`)
  return `${m[1]}/${name}${m[3] ?? ''}`
}

/** The environment a child gets: ours, without what Vitest sets for itself. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (k === 'NODE_ENV' || k.startsWith('VITEST') || k === 'TEST' || k === 'NEXT_PUBLIC_SERVER_URL') continue
    env[k] = v
  }
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', ...extra } as unknown as NodeJS.ProcessEnv
}

/** Runs a command to completion with its output in `logFile`; on failure throws with the log's tail. */
async function runLogged(what: string, args: string[], env: NodeJS.ProcessEnv, logFile: string, timeoutMs: number) {
  const started = Date.now()
  const out = fs.openSync(logFile, 'w')
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', out, out], detached: true })
  fs.closeSync(out)
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs)
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c, signal) => resolve(signal ? -1 : c)))
  clearTimeout(timer)
  if (code !== 0) {
    const reason = Date.now() - started >= timeoutMs ? `quá ${Math.round(timeoutMs / 1000)} giây` : `mã thoát ${code}`
    throw new Error(`${what} thất bại (${reason}). Cuối nhật ký ${logFile}:\n${tail(logFile, 80)}`)
  }
  log(`${what}: xong sau ${Math.round((Date.now() - started) / 1000)} giây`)
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    try {
      child.kill(signal)
    } catch {
      /* already gone */
    }
  }
}

export async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  killGroup(child, 'SIGTERM')
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

export async function waitForServer(baseUrl: string, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + SERVER_TIMEOUT_MS
  let last = ''
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `Máy chủ đã dừng (mã ${child.exitCode ?? child.signalCode}). Cuối nhật ký (bản sao giữ ở test-results/server.log):\n${tail(logFile)}`,
      )
    }
    try {
      const res = await fetch(`${baseUrl}/api/users/me`, { signal: AbortSignal.timeout(10_000) })
      if (res.ok) return
      last = `HTTP ${res.status}`
    } catch (err) {
      last = (err as Error).message
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(
    `Máy chủ ${baseUrl} không trả lời /api/users/me sau ${SERVER_TIMEOUT_MS / 1000} giây (lần cuối: ${last}). ` +
      `Cuối nhật ký (bản sao giữ ở test-results/server.log):\n${tail(logFile)}`,
  )
}

async function dropMongoDatabase(url: string) {
  try {
    const { default: mongoose } = await import('mongoose')
    const connection = await mongoose.createConnection(url, { serverSelectionTimeoutMS: 5000 }).asPromise()
    await connection.dropDatabase()
    await connection.close()
  } catch (err) {
    log(`không xóa được cơ sở dữ liệu MongoDB tạm: ${(err as Error).message}`)
  }
}

async function start(): Promise<Running> {
  fs.mkdirSync(resultsDir, { recursive: true })
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'soi-sua-test-'))
  const mailDir = path.join(tmp, 'mail')
  const mediaDir = path.join(tmp, 'media')
  fs.mkdirSync(mediaDir, { recursive: true })
  const serverLog = path.join(tmp, 'server.log')

  const envUrl = process.env.DATABASE_URL ?? ''
  const runId = `${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`
  const mongo = /^mongodb(\+srv)?:\/\//.test(envUrl)
  const databaseUrl = mongo ? uniqueMongoUrl(envUrl, `soi_sua_test_${runId}`) : `file:${path.join(tmp, 'test.db')}`
  const payloadSecret = `test-secret-${crypto.randomBytes(24).toString('hex')}`

  const smtp = await startCaptureSmtp(mailDir)
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  log(`thư mục tạm ${tmp}; cơ sở dữ liệu ${mongo ? databaseUrl.replace(/\/\/[^@/]*@/, '//***@') : databaseUrl}`)

  const env = childEnv({
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: mediaDir,
    // Guidance-document attachments, like media, live in the run's temp dir.
    DOCUMENT_FILES_DIR: path.join(tmp, 'document-files'),
    // Restricted dossier scans: a throw-away folder, never the working tree.
    DOSSIER_FILES_DIR: path.join(tmp, 'dossier-files'),
    PAYLOAD_SECRET: payloadSecret,
    SERVER_URL: baseUrl,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    SMTP_IGNORE_TLS: 'true',
    SMTP_USER: '',
    SMTP_PASS: '',
    COMMENT_RATE_LIMIT: process.env.COMMENT_RATE_LIMIT || '50',
    // The test server, like the demo, loads the demo content into its empty database and
    // brings the schema in line with the collections on start instead of running migrations.
    SEED_ON_INIT: '1',
    SQLITE_SCHEMA_SYNC: '1',
    // The demo province at a twentieth of its real size: every district, a few organisations each.
    DEMO_PROVINCE_SCALE: process.env.DEMO_PROVINCE_SCALE || '0.05',
  })

  let server: ChildProcess | undefined
  const onExit = () => server && killGroup(server, 'SIGKILL')
  process.on('exit', onExit)
  const stop = async () => {
    if (server) await stopChild(server)
    process.off('exit', onExit)
    await smtp.close()
    if (mongo) await dropMongoDatabase(databaseUrl)
    if (fs.existsSync(serverLog)) fs.copyFileSync(serverLog, path.join(resultsDir, 'server.log'))
    if (process.env.TEST_KEEP_TMP === '1') log(`giữ lại ${tmp}`)
    else fs.rmSync(tmp, { recursive: true, force: true })
  }

  try {
    const reuse = process.env.TEST_REUSE_BUILD === '1' && fs.existsSync(path.join(root, '.next', 'BUILD_ID'))
    if (reuse) log('TEST_REUSE_BUILD=1: dùng lại bản build .next hiện có')
    else {
      log('next build … (nhật ký: test-results/next-build.log)')
      // Built against the seeded test database, so pages rendered at build time find content.
      await runLogged(
        'next build',
        [nextBin, 'build'],
        { ...env, DISABLE_JOB_RUNNER: '1' },
        path.join(resultsDir, 'next-build.log'),
        BUILD_TIMEOUT_MS,
      )
    }

    const out = fs.openSync(serverLog, 'w')
    server = spawn(process.execPath, [serverScript, '-p', String(port), '-H', '127.0.0.1'], {
      cwd: root,
      env: { ...env, NODE_ENV: 'production', NEXT_PUBLIC_SERVER_URL: baseUrl },
      stdio: ['ignore', out, out],
      detached: true,
    })
    fs.closeSync(out)
    const startedAt = Date.now()
    await waitForServer(baseUrl, server, serverLog)
    log(`máy chủ sẵn sàng tại ${baseUrl} sau ${Math.round((Date.now() - startedAt) / 1000)} giây`)
  } catch (err) {
    await stop().catch(() => undefined)
    throw err
  }

  return {
    users: 0,
    stop,
    context: {
      baseUrl,
      mailDir,
      databaseUrl,
      mediaDir,
      documentFilesDir: env.DOCUMENT_FILES_DIR as string,
      dossierFilesDir: env.DOSSIER_FILES_DIR as string,
      payloadSecret,
      serverLog,
    },
  }
}
