import { describe, expect, it } from 'vitest'
import { checkHealth } from '@/health/check'

const running = async () => 'running' as const

describe('checkHealth', () => {
  it('answers 200 with the database and job runner state while the database answers', async () => {
    const result = await checkHealth({ database: async () => undefined, jobs: running })
    expect(result).toEqual({ status: 200, body: { status: 'ok', database: 'ok', jobs: 'running' } })
  })

  it('answers 503 when the database refuses, without the error message', async () => {
    const result = await checkHealth({
      database: async () => {
        throw new Error('SQLITE_CANTOPEN: unable to open database file /srv/soisua/data/soi-sua.db')
      },
      jobs: running,
    })
    expect(result.status).toBe(503)
    expect(result.body).toEqual({ status: 'unavailable', database: 'unreachable', jobs: 'unknown' })
    expect(JSON.stringify(result.body)).not.toMatch(/SQLITE|\/srv/)
  })

  it('answers 503 when the database does not answer in time (locked, network gone)', async () => {
    const result = await checkHealth({ database: () => new Promise<void>(() => {}), jobs: running }, 50)
    expect(result.status).toBe(503)
  })

  it('stays 200 when only the job runner is behind or disabled', async () => {
    for (const jobs of ['behind', 'disabled'] as const) {
      const result = await checkHealth({ database: async () => undefined, jobs: async () => jobs })
      expect(result).toEqual({ status: 200, body: { status: 'ok', database: 'ok', jobs } })
    }
  })
})
