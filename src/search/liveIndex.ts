import type { Payload, Where } from 'payload'
import { WordIndex, type IndexedEntry } from './wordIndex'

export const SEARCH_COLLECTION = 'search-entries'
export const SEARCH_STATE = 'search-index-state'

/**
 * The search index collection mirrored in this server's memory, so a query costs a couple
 * of small database reads instead of a scan of every entry. Every read goes through access
 * control as the public (overrideAccess: false), so the mirror holds only what anyone may
 * find.
 *
 * Before each search the mirror reads one row, the index's state (src/search/sync.ts
 * stamps it on every change):
 *  - when it changed, entries updated since the last look are re-read (with a margin, in
 *    case a slow transaction committed an older timestamp late);
 *  - when entries were removed (unpublished, made internal, deleted), the list of ids is
 *    re-read and the missing ones dropped.
 * Several server instances each keep their own mirror and converge the same way.
 */
const PAGE = 1000
const MARGIN_MS = 2 * 60_000
const FIELDS = { kind: true, titleWords: true, words: true, code: true, date: true, updatedAt: true } as const

type IndexState = { changedAt?: string | null; removals?: number | null }
type State = { index: WordIndex; newest: string | null; changedAt: string | null; removals: number }
const KEY = Symbol.for('soi-sua.search.live-index')
// One mirror per process on globalThis, keyed by a registered symbol that its type does not know.
const store = globalThis as unknown as Record<symbol, Promise<State> | undefined>

/** Always read as the public: the mirror is shared by every request of this process. */
type Reader = { payload: Payload }

async function readPages(r: Reader, where: Where | undefined, select: Record<string, true>) {
  const out: IndexedEntry[] = []
  for (let page = 1; ; page++) {
    const res = await r.payload.find({
      collection: SEARCH_COLLECTION,
      where,
      select,
      sort: 'updatedAt',
      limit: PAGE,
      page,
      depth: 0,
      overrideAccess: false,
    })
    out.push(...res.docs.map((d) => ({ ...d, id: String(d.id) }) as IndexedEntry))
    if (!res.hasNextPage) return out
  }
}

const readState = async (r: Reader): Promise<IndexState> =>
  (await r.payload.findGlobal({ slug: SEARCH_STATE, depth: 0, overrideAccess: false })) as IndexState

const newestOf = (entries: IndexedEntry[], start: string | null) =>
  entries.reduce<string | null>((max, e) => (e.updatedAt && (!max || e.updatedAt > max) ? e.updatedAt : max), start)

async function load(r: Reader): Promise<State> {
  const seen = await readState(r)
  const index = new WordIndex()
  const entries = await readPages(r, undefined, FIELDS)
  for (const e of entries) index.upsert(e)
  return { index, newest: newestOf(entries, null), changedAt: seen.changedAt ?? null, removals: seen.removals ?? 0 }
}

async function refresh(r: Reader, state: State): Promise<void> {
  const seen = await readState(r)
  if ((seen.changedAt ?? null) === state.changedAt) return
  const since = state.newest ? new Date(Date.parse(state.newest) - MARGIN_MS).toISOString() : null
  const changed = await readPages(r, since ? { updatedAt: { greater_than_equal: since } } : undefined, FIELDS)
  for (const e of changed) state.index.upsert(e)
  state.newest = newestOf(changed, state.newest)
  if ((seen.removals ?? 0) !== state.removals) {
    const present = new Set((await readPages(r, undefined, { updatedAt: true })).map((e) => e.id))
    for (const id of [...state.index.ids()]) if (!present.has(id)) state.index.remove(id)
  }
  state.changedAt = seen.changedAt ?? null
  state.removals = seen.removals ?? 0
}

/** The mirror, brought up to date. Concurrent searches share one load. */
export async function liveIndex(r: Reader): Promise<WordIndex> {
  let pending = store[KEY]
  if (!pending) {
    pending = store[KEY] = load(r)
    pending.catch(() => (store[KEY] = undefined))
    return (await pending).index
  }
  const state = await pending
  await refresh(r, state)
  return state.index
}

/** Drops entries the database no longer has (noticed when a page's rows are read). */
export function dropFromLiveIndex(ids: string[]): void {
  const pending = store[KEY]
  if (pending) void pending.then((s) => ids.forEach((id) => s.index.remove(id)))
}
