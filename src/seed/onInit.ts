import type { Payload } from 'payload'
import { syncSqliteSchema } from '../db/schema'
import { seedDemo } from '.'

/** On start: bring an SQLite schema up to date, then load the demo content into an empty database (SEED_ON_INIT=0 turns that off). */
export async function seedOnFirstStart(payload: Payload): Promise<void> {
  await syncSqliteSchema(payload)
  if (process.env.SEED_ON_INIT === '0' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  payload.logger.info('Cơ sở dữ liệu trống: đang nạp dữ liệu mẫu…')
  const report = await seedDemo(payload)
  payload.logger.info(`Đã nạp dữ liệu mẫu: ${JSON.stringify(report.created)}`)
}
