/**
 * Command-line scripts start every time: each TypeScript script in package.json is started
 * with the same Node flags, and that start (Payload and the whole config loaded) succeeds 20
 * times out of 20. Without `--conditions=production`, Node 20 lost about one start in four
 * (exit code 13) while loading Lexical.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ownScriptEnv, runNode, TS_SCRIPT_NODE_ARGS } from '../helpers/scripts'

const STARTS = 20
const AT_ONCE = 2

const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts

describe('command-line scripts', () => {
  it('every TypeScript script and the Payload CLI start with the same flags', () => {
    const typescript = Object.entries(scripts).filter(([, cmd]) =>
      /--import tsx|payload\/bin\.js|^payload\b|\btsx\s/.test(cmd),
    )
    expect(typescript.map(([name]) => name)).toEqual(expect.arrayContaining(['seed', 'db:sync', 'generate:types']))
    for (const [name, cmd] of typescript) {
      const flags = cmd.includes('--import tsx')
        ? TS_SCRIPT_NODE_ARGS.join(' ')
        : '--conditions=production node_modules/payload/bin.js'
      expect(`${name}: ${cmd}`).toContain(`${name}: node ${flags}`)
    }
  })

  it(`loads Payload and the config ${STARTS} times out of ${STARTS}`, { timeout: 900_000 }, async () => {
    // Only loads: a production-mode environment of its own, no database is opened.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soi-sua-start-'))
    const env = ownScriptEnv({
      NODE_ENV: 'production',
      DATABASE_URL: `file:${path.join(dir, 'start.db')}`,
      PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
      SERVER_URL: 'http://127.0.0.1:9',
    })
    const codes: Array<number | null> = []
    const failures: string[] = []
    let next = 0
    const worker = async () => {
      while (next < STARTS) {
        next++
        const { code, output } = await runNode([...TS_SCRIPT_NODE_ARGS, 'scripts/start-check.ts'], {
          env,
          timeoutMs: 120_000,
        })
        codes.push(code)
        if (code !== 0) failures.push(`mã thoát ${code}: ${output.slice(-500)}`)
      }
    }
    await Promise.all(Array.from({ length: AT_ONCE }, worker))
    fs.rmSync(dir, { recursive: true, force: true })
    expect(failures).toEqual([])
    expect(codes).toHaveLength(STARTS)
  })
})
