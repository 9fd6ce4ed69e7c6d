import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { childEnv, freePort, root, serverScript, stopChild, tail, waitForServer } from '../setup/server'

export type ExtraServer = {
  baseUrl: string
  /** Environment of the server: give it to a script that must work on the same database and files. */
  env: NodeJS.ProcessEnv
  dir: string
  log: () => string
  stop: () => Promise<void>
}

/**
 * Another production server from the same build, on a database and folders of its own (a
 * fresh temp dir) — for what the shared test server cannot show: an empty production start,
 * a server without its configuration. It gets nothing of the test server's demo settings.
 *   const server = await startExtraServer({ SERVER_URL: undefined })
 */
export async function startExtraServer(
  overrides: Record<string, string | undefined> = {},
  { waitUntilReady = true }: { waitUntilReady?: boolean } = {},
): Promise<ExtraServer & { child: ChildProcess }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soi-sua-extra-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const env = childEnv({
    NODE_ENV: 'production',
    DATABASE_URL: `file:${path.join(dir, 'portal.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    DOCUMENT_FILES_DIR: path.join(dir, 'document-files'),
    DOSSIER_FILES_DIR: path.join(dir, 'dossier-files'),
    PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
    SERVER_URL: baseUrl,
    NEXT_PUBLIC_SERVER_URL: baseUrl,
    DISABLE_JOB_RUNNER: '1',
  })
  for (const key of ['SEED_ON_INIT', 'SQLITE_SCHEMA_SYNC', 'SMTP_HOST']) delete env[key]
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  const logFile = path.join(dir, 'server.log')
  const out = fs.openSync(logFile, 'w')
  const child = spawn(process.execPath, [serverScript, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env,
    stdio: ['ignore', out, out],
    detached: true,
  })
  fs.closeSync(out)
  const stop = async () => {
    await stopChild(child)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    if (waitUntilReady) await waitForServer(baseUrl, child, logFile)
  } catch (err) {
    await stop()
    throw err
  }
  return { baseUrl, env, dir, child, log: () => tail(logFile, 200), stop }
}
