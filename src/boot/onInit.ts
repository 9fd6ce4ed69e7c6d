import type { Payload } from 'payload'
import { syncSqliteSchema } from '@/db/schema'
import { liveIndex } from '@/search/liveIndex'
import { seedDemo } from '@/seed'

/**
 * The server's boot sequence (Payload's `onInit`): bring an SQLite schema up to date, then,
 * only for the demo and the tests, which set SEED_ON_INIT=1, load the demo content into an
 * empty database; last, warm the search mirror in the background. A production database
 * starts empty; its first administrator comes from `npm run create-admin`.
 */
export async function bootServer(payload: Payload): Promise<void> {
  await syncSqliteSchema(payload)
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  if (process.env.SEED_ON_INIT !== '1') return warmSearch(payload)
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs === 0) {
    payload.logger.info('Cơ sở dữ liệu trống: đang nạp dữ liệu mẫu…')
    const report = await seedDemo(payload)
    payload.logger.info(`Đã nạp dữ liệu mẫu: ${JSON.stringify(report.created)}`)
  }
  warmSearch(payload)
}

/** Loads the search mirror in the background, so the first reader's search is not the slow one. */
function warmSearch(payload: Payload): void {
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.SEARCH_WARMUP === '0') return
  liveIndex({ payload }).catch((err) =>
    payload.logger.warn({ err, msg: 'Chưa nạp được chỉ mục tìm kiếm; sẽ nạp khi có lượt tìm đầu tiên.' }),
  )
}
