import { describe, expect, it } from 'vitest'
import { rest } from '../helpers/http'
import { runScript } from '../helpers/scripts'

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

describe('demo seed', () => {
  it('creates nothing new when run again on a seeded database', async () => {
    const before = await counts()
    expect(before.articles).toBeGreaterThan(1)
    expect(before.users).toBeGreaterThanOrEqual(7)
    expect(before.media).toBeGreaterThan(0)

    const { code, output } = await runScript('scripts/seed.ts')
    expect(code, output).toBe(0)
    expect(output).toContain('không có gì mới')

    expect(await counts()).toEqual(before)
  }, 240_000)
})
