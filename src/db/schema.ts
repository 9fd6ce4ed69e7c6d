import type { Payload } from 'payload'
import { databaseKind, sqliteSchemaSync } from './adapter'

type DrizzleKit = {
  pushSchema: (
    schema: unknown,
    drizzle: unknown,
  ) => Promise<{ hasDataLoss: boolean; warnings: string[]; statementsToExecute: string[]; apply: () => Promise<void> }>
}
type SqliteDb = { schema: unknown; drizzle: unknown; requireDrizzleKit: () => DrizzleKit }

/**
 * The fast path of the demo and the tests (SQLITE_SCHEMA_SYNC=1): in production mode Payload
 * never changes an SQLite schema, so the server brings it in line with the collections when it
 * starts — only with changes that lose nothing; a change that would drop data is refused with
 * instructions (`npm run db:sync` asks before applying it). Production databases go through
 * the committed migrations instead (src/db/adapter.ts).
 */
export async function syncSqliteSchema(payload: Payload): Promise<void> {
  if (databaseKind() !== 'sqlite') return
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') return
  if (!sqliteSchemaSync()) return
  // SQLite only (checked above); Payload's own adapter types omit what drizzle-kit's pushSchema returns.
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
