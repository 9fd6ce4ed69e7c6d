import type { Payload } from 'payload'
import { seedDemo } from '.'

/** On the first start of an empty database, load the demo content (SEED_ON_INIT=0 turns it off). */
export async function seedOnFirstStart(payload: Payload): Promise<void> {
  if (process.env.SEED_ON_INIT === '0' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  payload.logger.info('Cơ sở dữ liệu trống: đang nạp dữ liệu mẫu…')
  const report = await seedDemo(payload)
  payload.logger.info(`Đã nạp dữ liệu mẫu: ${JSON.stringify(report.created)}`)
}
