import { spawn } from 'node:child_process'
import { scriptEnv } from './env'

export type ScriptResult = { code: number | null; output: string }

/**
 * How every TypeScript script of the project starts (package.json uses the same flags).
 * `--conditions=production` makes Lexical load its production build directly: its default
 * Node entry points pick a build with a top-level `await import()`, and on Node 20 several
 * of those loading each other sometimes never settle, so the process exits with code 13.
 */
export const TS_SCRIPT_NODE_ARGS = ['--conditions=production', '--import', 'tsx']

/**
 * Runs a TypeScript script of the project (`node --conditions=production --import tsx <file> ...args`)
 * against the test server's database and uploads, and returns its exit code and combined output.
 *   const { code, output } = await runScript('scripts/seed.ts')
 */
export async function runScript(
  file: string,
  {
    args = [],
    env = {},
    timeoutMs = 180_000,
  }: { args?: string[]; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<ScriptResult> {
  return runNode([...TS_SCRIPT_NODE_ARGS, file, ...args], { env: scriptEnv(env), timeoutMs })
}

/** Runs `node <args>` in the project's folder to completion; never throws on a non-zero exit. */
export function runNode(
  args: string[],
  {
    env = process.env,
    timeoutMs = 180_000,
    input,
  }: { env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string } = {},
): Promise<ScriptResult> {
  return new Promise<ScriptResult>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: process.cwd(), env, stdio: ['pipe', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.stdin.end(input ?? '')
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

/** The environment of a script that runs apart from the test server: ours, without Vitest's variables, plus `extra`. */
export function ownScriptEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TEST')
  return { ...Object.fromEntries(inherited), ...extra } as NodeJS.ProcessEnv
}
