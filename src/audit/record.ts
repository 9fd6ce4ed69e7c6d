import type { PayloadRequest } from 'payload'
import type { AuditLog } from '../../payload-types'
import { AUDIT_WRITE } from '../../collections/audit-log/hooks/appendOnly'
import { clientAddress } from '@/http/clientKey'
import { auditActionLabel, type AuditAction } from './changes'

export type AuditEntry = {
  action: AuditAction
  actor?: { id: string | number; email?: string | null } | null
  actorEmail?: string
  collectionSlug?: AuditLog['collectionSlug']
  recordId?: string | number
  recordTitle?: string
  fields?: string[]
  detail?: string
  at?: Date
}

const MAX_TEXT = 500

function clip(text: string | undefined): string | undefined {
  if (!text) return undefined
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text
}

/**
 * Writes one audit row with the request's transaction (`req`), so the row and the change it
 * records are committed or rolled back together. The only writer of `audit-log`.
 */
export async function writeAuditEntry(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const actorEmail = entry.actorEmail ?? entry.actor?.email ?? undefined
  const what = [auditActionLabel(entry.action), entry.collectionSlug, entry.recordId].filter(Boolean).join(' · ')
  await req.payload.create({
    collection: 'audit-log',
    data: {
      summary: clip(`${what}${actorEmail ? ` — ${actorEmail}` : ''}`),
      at: (entry.at ?? new Date()).toISOString(),
      action: entry.action,
      actor: entry.actor ? String(entry.actor.id) : undefined,
      actorEmail: clip(actorEmail ?? undefined),
      collectionSlug: entry.collectionSlug,
      recordId: entry.recordId === undefined ? undefined : String(entry.recordId),
      recordTitle: clip(entry.recordTitle),
      changedFields: entry.fields?.length ? clip(entry.fields.join(', ')) : undefined,
      detail: clip(entry.detail),
      address: clip(clientAddress(req.headers)),
    },
    depth: 0,
    overrideAccess: true,
    context: { [AUDIT_WRITE]: true },
    req,
  })
}
