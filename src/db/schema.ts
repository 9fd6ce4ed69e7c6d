import type { Payload } from 'payload'
import { databaseKind } from './adapter'

type DrizzleKit = {
  pushSchema: (schema: unknown, drizzle: unknown) => Promise<{ hasDataLoss: boolean; warnings: string[]; statementsToExecute: string[]; apply: () => Promise<void> }>
}
type SqliteDb = { schema: unknown; drizzle: unknown; requireDrizzleKit: () => DrizzleKit }

/**
 * In production Payload never changes an SQLite schema. The single-machine portal has no
 * migration step to run, so the server brings the schema in line with the collections when
 * it starts — but only with changes that lose nothing. A change that would drop data is
 * refused with instructions (`npm run db:sync` asks before applying it).
 */
export async function syncSqliteSchema(payload: Payload): Promise<void> {
  if (databaseKind() !== 'sqlite') return
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') return
  if (process.env.SQLITE_SCHEMA_SYNC === '0') return
  const db = payload.db as unknown as SqliteDb
  const { pushSchema } = db.requireDrizzleKit()
  const { warnings, hasDataLoss, statementsToExecute, apply } = await pushSchema(db.schema, db.drizzle)
  if (!statementsToExecute.length) return
  if (warnings.length || hasDataLoss) {
    payload.logger.error(
      `Cấu trúc cơ sở dữ liệu cần thay đổi có thể mất dữ liệu; máy chủ không tự áp dụng. Hãy sao lưu rồi chạy "npm run db:sync".\n${warnings.join('\n')}`,
    )
    return
  }
  await apply()
  payload.logger.info(`Đã cập nhật cấu trúc cơ sở dữ liệu SQLite (${statementsToExecute.length} câu lệnh).`)
}
