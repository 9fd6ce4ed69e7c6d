import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { PROGRESS_BLOCK_SLUG } from '@/blocks/ProgressBlock/config'
import type { ProgressSnapshot } from '@/blocks/ProgressBlock/Component'
import { periodOfDays } from '@/progress/inspections'
import { progressSummary, publicScope } from '@/progress/queries'
import { vietnamDay } from '@/vietnamese'

type Node = { type?: string; children?: Node[]; fields?: Record<string, unknown> }

function progressBlocks(root: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = []
  const walk = (node: Node | undefined) => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'block' && node.fields?.blockType === PROGRESS_BLOCK_SLUG) found.push(node.fields)
    node.children?.forEach(walk)
  }
  walk((root as { root?: Node } | null)?.root)
  return found
}

/**
 * Freezes each "live progress figures" block at its date: counted once through the progress
 * query path (replaying the dossier events up to the end of that day) and stored in the block.
 * A block whose year and date are unchanged keeps the figures already stored in the article,
 * whatever the client sends, so a published report never moves.
 */
export const freezeProgressBlocks: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const blocks = progressBlocks(data.body)
  if (blocks.length === 0) return data
  const stored = new Map<string, ProgressSnapshot>()
  for (const b of progressBlocks(originalDoc?.body)) {
    const snap = b.snapshot as ProgressSnapshot | undefined
    if (b.id && snap?.key) stored.set(String(b.id), snap)
  }
  const now = new Date()
  for (const block of blocks) {
    const year = Number(block.year)
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw new APIError('Khối số liệu tiến độ: cần chọn năm của hồ sơ (2000–2100).', 400, null, true)
    }
    const day = block.asOf ? vietnamDay(String(block.asOf)) : vietnamDay(now)
    const period = periodOfDays(day, day)
    if (!period) throw new APIError('Khối số liệu tiến độ: ngày chốt số liệu không hợp lệ.', 400, null, true)
    if (period.from > now) {
      throw new APIError(
        'Khối số liệu tiến độ: ngày chốt số liệu không được sau hôm nay, vì số liệu được chốt ngay khi lưu bài.',
        400,
        null,
        true,
      )
    }
    const key = `${year}|${day}`
    const previous = block.id ? stored.get(String(block.id)) : undefined
    if (previous?.key === key) {
      block.snapshot = previous
      continue
    }
    const asOf = period.to < now ? period.to : now
    const summary = await progressSummary(req.payload, { ...(await publicScope(req.payload)).unit, year, asOf })
    const snapshot: ProgressSnapshot = {
      key,
      year,
      asOf: summary.asOf,
      unitLabel: summary.unitLabel,
      tally: summary.tally,
      sentence: summary.sentence,
      countedAt: now.toISOString(),
    }
    block.snapshot = snapshot
  }
  return data
}
