import { describe, expect, it, vi } from 'vitest'
import type { BaseDatabaseAdapter } from 'payload'
import { MAX_TURN_MS, serializeTransactions } from '@/db/serialTransactions'

/** A stand-in adapter that, like SQLite, refuses a second open write transaction. */
function fakeAdapter() {
  let open = 0
  let next = 0
  const log: string[] = []
  const adapter = {
    beginTransaction: async () => {
      if (open > 0) throw new Error('SQLITE_BUSY: database is locked')
      open++
      const id = `t${++next}`
      log.push(`begin ${id}`)
      return id
    },
    commitTransaction: async (id: string) => {
      open--
      log.push(`commit ${id}`)
    },
    rollbackTransaction: async (id: string) => {
      open--
      log.push(`rollback ${id}`)
    },
  }
  return { adapter: serializeTransactions(adapter as unknown as BaseDatabaseAdapter), log }
}

describe('write transactions on SQLite wait their turn', () => {
  it('ten saves at once all succeed, one transaction after another', async () => {
    const { adapter, log } = fakeAdapter()
    const save = async (ms: number) => {
      const id = await adapter.beginTransaction()
      await new Promise((r) => setTimeout(r, ms))
      await adapter.commitTransaction(id!)
    }
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => save(i % 3)))
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true)
    expect(log).toHaveLength(20)
    for (let i = 0; i < 20; i += 2) expect(log[i + 1].slice(7)).toBe(log[i].slice(6))
  })

  it('a rolled-back or failed begin gives the turn to the next', async () => {
    const { adapter, log } = fakeAdapter()
    const first = await adapter.beginTransaction()
    const second = adapter.beginTransaction()
    await adapter.rollbackTransaction(first!)
    const id = await second
    await adapter.commitTransaction(id!)
    expect(log).toEqual(['begin t1', 'rollback t1', 'begin t2', 'commit t2'])
  })

  it('a transaction nobody ends is rolled back after MAX_TURN_MS, and the next write goes through', async () => {
    vi.useFakeTimers()
    try {
      const { adapter, log } = fakeAdapter()
      const abandoned = await adapter.beginTransaction() // never committed nor rolled back
      const next = adapter.beginTransaction()
      await vi.advanceTimersByTimeAsync(MAX_TURN_MS + 1)
      const id = await next
      expect(log).toEqual(['begin t1', 'rollback t1', 'begin t2'])
      // A late end of the abandoned transaction does not end the turn of the one now writing.
      let thirdStarted = false
      const third = adapter.beginTransaction().then((t) => ((thirdStarted = true), t))
      await adapter.rollbackTransaction(abandoned!)
      await vi.advanceTimersByTimeAsync(0)
      expect(thirdStarted).toBe(false)
      await adapter.commitTransaction(id!)
      expect(await third).toBe('t3')
    } finally {
      vi.useRealTimers()
    }
  })
})
