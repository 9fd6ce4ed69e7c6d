import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { scriptEnv } from '../helpers/env'
import { rest } from '../helpers/http'

const COLLECTIONS = ['articles', 'users', 'media', 'categories', 'authors', 'series', 'organizations'] as const

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const c of COLLECTIONS) {
    const res = await rest<{ totalDocs: number }>('GET', `/api/${c}?limit=1&depth=0&draft=true`, { as: 'admin' })
    expect(res.status, `${c}: ${res.text.slice(0, 200)}`).toBe(200)
    out[c] = res.json.totalDocs
  }
  return out
}

function runSeed(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('src', 'seed', 'run.ts')], {
      cwd: process.cwd(),
      env: scriptEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

describe('demo seed', () => {
  it('creates nothing new when run again on a seeded database', async () => {
    const before = await counts()
    expect(before.articles).toBeGreaterThan(1)
    expect(before.users).toBe(7)
    expect(before.media).toBeGreaterThan(0)

    const { code, output } = await runSeed()
    expect(code, output).toBe(0)
    expect(output).toContain('không có gì mới')

    expect(await counts()).toEqual(before)
  }, 240_000)
})
