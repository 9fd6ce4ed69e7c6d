/**
 * Extra production servers and a Redis of their own, on free loopback ports, for tests and
 * benchmarks that need several instances (the shared test server is one process). Uses the
 * build in .next as it is.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import { freePort } from '../setup/server'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export { freePort }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const serverScript = path.join(root, 'server.mjs')

export type Instance = { baseUrl: string; port: number; pid: number; log: string; stop: () => Promise<void> }

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      child.kill('SIGTERM')
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        /* gone */
      }
    }, 10_000)
    await exited
    clearTimeout(timer)
  }
}

/** Where Debian puts redis-server; `npm test` installs it when missing. */
export const REDIS_SERVER = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server'

/** A throw-away Redis on a free loopback port, without persistence. */
export async function startRedis(dir: string): Promise<Instance & { url: string }> {
  const port = await freePort()
  const log = path.join(dir, `redis-${port}.log`)
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--logfile', log],
    {
      stdio: 'ignore',
      detached: true,
    },
  )
  const deadline = Date.now() + 15_000
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (ok) break
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`redis-server không khởi động được trên cổng ${port} (nhật ký ${log})`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    baseUrl: `redis://127.0.0.1:${port}`,
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    log,
    stop: stopper(child),
  }
}

export const randomSecret = () => crypto.randomBytes(24).toString('hex')

/** The environment a server gets: ours, without what Vitest sets for itself. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k === 'NODE_ENV' || k.startsWith('VITEST') || k === 'TEST' || k === 'NEXT_PUBLIC_SERVER_URL')
      continue
    env[k] = v
  }
  return env
}

/**
 * The production server (`server.mjs`) on a free loopback port; resolves once /api/users/me answers (the first
 * request brings the SQLite schema up to date).
 */
export async function startServer(
  env: Record<string, string>,
  { dir, timeoutMs = 300_000, port: wanted }: { dir: string; timeoutMs?: number; port?: number },
): Promise<Instance> {
  const port = wanted ?? (await freePort())
  const baseUrl = `http://127.0.0.1:${port}`
  const log = path.join(dir, `server-${port}.log`)
  const out = fs.openSync(log, 'w')
  const child = spawn(process.execPath, [serverScript, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: {
      ...baseEnv(),
      NEXT_TELEMETRY_DISABLED: '1',
      SERVER_URL: baseUrl,
      NEXT_PUBLIC_SERVER_URL: baseUrl,
      ...env,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', out, out],
    detached: true,
  })
  fs.closeSync(out)
  const stop = stopper(child)
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    try {
      const res = await fetch(`${baseUrl}/api/users/me`, { signal: AbortSignal.timeout(10_000) })
      if (res.ok) return { baseUrl, port, pid: child.pid!, log, stop }
      last = `HTTP ${res.status}`
    } catch (err) {
      last = (err as Error).message
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  await stop()
  const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n')
  throw new Error(`Máy chủ trên cổng ${port} không sẵn sàng (${last}). Cuối nhật ký:\n${tail}`)
}

/** Resident memory of a process and its children, in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  const r = spawnSync('ps', ['-o', 'rss=', '--ppid', String(pid), '-p', String(pid)], { encoding: 'utf8' })
  return r.stdout.split('\n').reduce((n, l) => n + (Number(l.trim()) || 0), 0) * 1024
}

/** Polls `check` until it holds or the deadline passes; returns the time it took, or null. */
export async function until(check: () => Promise<boolean>, timeoutMs: number, everyMs = 50): Promise<number | null> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started
    await new Promise((r) => setTimeout(r, everyMs))
  }
  return (await check()) ? Date.now() - started : null
}
