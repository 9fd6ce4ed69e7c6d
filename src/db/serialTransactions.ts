import type { BaseDatabaseAdapter } from 'payload'

/**
 * A turn nobody gave back (a transaction never committed or rolled back) is reclaimed after
 * this, and its transaction rolled back: left open, it would keep SQLite's write lock, and
 * every later write of the server would fail ("database is locked") while reads still worked.
 */
export const MAX_TURN_MS = 15_000

/**
 * One write transaction at a time in this process, the others waiting their turn.
 *
 * The SQLite driver runs each transaction (BEGIN IMMEDIATE) on a connection of its own and
 * answers a second writer at once with SQLITE_BUSY ("cannot begin transaction"): with ten
 * staff saving at the same moment most saves failed. A busy timeout cannot help inside one
 * process, because the driver waits synchronously and so stops the very transaction it waits
 * for. SQLite allows one writer anyway; queueing here makes the others wait without
 * blocking the server. Reads do not queue (WAL lets them run beside the writer).
 */
export function serializeTransactions<T extends BaseDatabaseAdapter>(adapter: T): T {
  let tail: Promise<void> = Promise.resolve()
  const turns = new Map<string | number, () => void>()
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)

  adapter.beginTransaction = async (options) => {
    let give!: () => void
    const turn = new Promise<void>((resolve) => (give = resolve))
    const previous = tail
    tail = previous.then(() => turn)
    await previous
    let given = false
    let id: string | number | null | undefined
    const timer = setTimeout(() => {
      adapter.payload?.logger.warn(
        `Một giao dịch ghi giữ lượt quá ${MAX_TURN_MS / 1000} giây: hủy giao dịch đó và cho giao dịch kế tiếp chạy.`,
      )
      if (id === null || id === undefined) return release()
      const abandoned = id
      turns.delete(abandoned)
      void rollback(abandoned)
        .catch((err: unknown) => adapter.payload?.logger.error({ err, msg: 'Không hủy được giao dịch bị bỏ dở.' }))
        .finally(release)
    }, MAX_TURN_MS)
    timer.unref?.()
    const release = () => {
      if (given) return
      given = true
      clearTimeout(timer)
      give()
    }
    try {
      id = await begin(options)
      if (id === null || id === undefined) release()
      else turns.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }

  const finish = (id: string | number | Promise<string | number>) => {
    void Promise.resolve(id).then((key) => {
      turns.get(key)?.()
      turns.delete(key)
    })
  }
  adapter.commitTransaction = async (id) => {
    try {
      await commit(id)
    } finally {
      finish(id)
    }
  }
  adapter.rollbackTransaction = async (id) => {
    try {
      await rollback(id)
    } finally {
      finish(id)
    }
  }
  return adapter
}
