import type { PayloadRequest, TaskConfig } from 'payload'
import { AUDIT_PRUNE } from '../../collections/audit-log/hooks/appendOnly'
import { auditCutoff, auditRetentionMonths } from './changes'

/** Deletes the audit rows older than the retention period (AUDIT_RETENTION_MONTHS, at least 12). */
export async function pruneAuditLog(
  req: PayloadRequest,
  now = new Date(),
): Promise<{ deleted: number; cutoff: string }> {
  const cutoff = auditCutoff(now, auditRetentionMonths())
  const { docs } = await req.payload.delete({
    collection: 'audit-log',
    where: { at: { less_than: cutoff.toISOString() } },
    depth: 0,
    overrideAccess: true,
    context: { [AUDIT_PRUNE]: true },
    req,
  })
  delete req.context[AUDIT_PRUNE]
  return { deleted: docs.length, cutoff: cutoff.toISOString() }
}

/** Runs every night from the job queue `maintenance` (see jobs.autoRun in payload.config.ts). */
export const pruneAuditLogTask: TaskConfig<{ input: object; output: { deleted: number; cutoff: string } }> = {
  slug: 'prune-audit-log',
  label: 'Xóa nhật ký thao tác quá thời hạn lưu',
  schedule: [{ cron: '0 30 2 * * *', queue: 'maintenance' }],
  outputSchema: [
    { name: 'deleted', type: 'number' },
    { name: 'cutoff', type: 'text' },
  ],
  handler: async ({ req }) => ({ output: await pruneAuditLog(req) }),
}
