import { spawn } from 'node:child_process'
import { scriptEnv } from './env'

export type ScriptResult = { code: number | null; output: string }

/** See tests/setup/server.ts: `node --import tsx` on Node 20 sometimes exits 13 before running. */
const LOST_LOAD_EXIT = 13

/**
 * Runs a TypeScript script of the project (`node --import tsx <file> ...args`) against the
 * test server's database and uploads, and returns its exit code and combined output.
 *   const { code, output } = await runScript('src/seed/run.ts')
 */
export async function runScript(
  file: string,
  { args = [], env = {}, timeoutMs = 180_000 }: { args?: string[]; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<ScriptResult> {
  let result: ScriptResult = { code: null, output: '' }
  for (let attempt = 0; attempt < 5; attempt++) {
    result = await new Promise<ScriptResult>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
        cwd: process.cwd(),
        env: scriptEnv(env),
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      child.stdout.on('data', (d) => (output += d))
      child.stderr.on('data', (d) => (output += d))
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
      child.on('exit', (code) => {
        clearTimeout(timer)
        resolve({ code, output })
      })
    })
    if (result.code !== LOST_LOAD_EXIT) break
  }
  return result
}
