import { createHash } from 'node:crypto'
import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { isInScope } from '@/access/organizationScope'
import { WORKFLOW_STEP } from '@/audit/hooks'
import { relationId } from '@/fields/relationships'
import type { Role } from '@/access/roles'
import { contentFingerprint, referencedIndicators, type DossierContent, type Problem } from '../guards'
import { attachmentKindLabel, stageLabel, type Stage } from '../stages'
import { actionLabel, decideTransition, type Action } from '../transitions'
import { indicatorCodes } from './indicators'
import type { Dossier, DossierEvent } from '../../../payload-types'

export const REMARK_SECTIONS = ['identification', 'plan', 'evaluation', 'conclusions', 'attachments'] as const
type RemarkSection = (typeof REMARK_SECTIONS)[number]
export type Remarks = Partial<Record<RemarkSection, string>>
const isRemarkSection = (k: string): k is RemarkSection => (REMARK_SECTIONS as readonly string[]).includes(k)

const MAX_TEXT = 5000

/** A refused transition: its status, a Vietnamese message, and the problems behind it. */
export class TransitionRefused extends APIError {
  constructor(message: string, status: number, problems: Problem[] = []) {
    super(message, status, { problems }, true)
  }
}

function cleanRemarks(input: unknown): Remarks {
  if (input === undefined || input === null || input === '') return {}
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new TransitionRefused(`Ý kiến theo từng mục phải là các mục: ${REMARK_SECTIONS.join(', ')}.`, 400)
  }
  const out: Remarks = {}
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (!isRemarkSection(k)) {
      throw new TransitionRefused(`Không có mục “${k}” để ghi ý kiến. Các mục: ${REMARK_SECTIONS.join(', ')}.`, 400)
    }
    if (v === undefined || v === null || v === '') continue
    if (typeof v !== 'string') throw new TransitionRefused(`Ý kiến mục “${k}” phải là văn bản.`, 400)
    if (v.length > MAX_TEXT) throw new TransitionRefused(`Ý kiến mục “${k}” dài quá ${MAX_TEXT} ký tự.`, 400)
    if (v.trim()) out[k] = v.trim()
  }
  return out
}

/** A dossier as read at depth 0, its id and organisation as strings. */
export type DossierDoc = Omit<Dossier, 'id' | 'organization'> & { id: string; organization: string }

export type AppliedTransition = {
  action: Action
  from: Stage
  to: Stage
  reason: string
  dossier: DossierDoc
  event: DossierEvent
}

function fingerprint(dossier: DossierDoc, fileIds: string[]): string {
  return createHash('sha256').update(contentFingerprint(dossier, fileIds)).digest('hex')
}

/** Everything the pure table needs to judge this dossier for this user. */
export async function transitionFacts(req: PayloadRequest, dossier: DossierDoc) {
  const [files, settings, inScope] = await Promise.all([
    req.payload.find({
      collection: 'dossier-files',
      where: { dossier: { equals: dossier.id } },
      select: { kind: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
    req.payload.findGlobal({ slug: 'dossier-settings', depth: 0, overrideAccess: true, req }),
    isInScope(req, dossier.organization),
  ])
  const codes = await indicatorCodes(req, referencedIndicators(dossier))
  const current = fingerprint(
    dossier,
    files.docs.map((f) => String(f.id)),
  )
  const atReturn = (dossier.review as { fingerprint?: string | null } | undefined)?.fingerprint
  return {
    fingerprint: current,
    content: {
      ...(dossier as DossierContent),
      attachmentKinds: files.docs.map((f) => String((f as { kind?: string }).kind)),
    } as DossierContent,
    actor: req.user ? { roles: (req.user as { roles?: Role[] }).roles ?? [], inScope } : null,
    ctx: {
      requiredAttachmentKinds: ((settings as { requiredAttachmentKinds?: string[] }).requiredAttachmentKinds ??
        []) as string[],
      attachmentLabel: attachmentKindLabel,
      label: (id: string | number) => codes.get(String(id)) ?? String(id),
      unchangedSinceReturn: dossier.stage === 'returned' && Boolean(atReturn) && atReturn === current,
    },
    codes,
  }
}

/** Reads a dossier as the requesting user sees it; someone who may not see it learns nothing. */
export async function readDossierAs(req: PayloadRequest, id: unknown): Promise<DossierDoc> {
  const doc =
    typeof id === 'string' && id
      ? await req.payload.findByID({
          collection: 'dossiers',
          id,
          depth: 0,
          overrideAccess: false,
          disableErrors: true,
          req,
        })
      : null
  if (!doc) throw new TransitionRefused('Không tìm thấy hồ sơ, hoặc bạn không có quyền xem hồ sơ này.', 404)
  return { ...doc, id: String(doc.id), organization: relationId(doc.organization) as string }
}

/**
 * The one way a dossier changes stage. The stage change and its event row are written in one
 * transaction (both calls carry `req`), so there is never a stage without its history line.
 */
export async function applyTransition(
  req: PayloadRequest,
  input: { id: unknown; action: unknown; reason?: unknown; remarks?: unknown; at?: Date },
): Promise<AppliedTransition> {
  if (!req.user) throw new TransitionRefused('Bạn cần đăng nhập để thực hiện thao tác này.', 401)
  if (input.reason !== undefined && input.reason !== null && typeof input.reason !== 'string') {
    throw new TransitionRefused('Lý do phải là văn bản.', 400)
  }
  if (typeof input.reason === 'string' && input.reason.length > MAX_TEXT) {
    throw new TransitionRefused(`Lý do dài quá ${MAX_TEXT} ký tự.`, 400)
  }
  const remarks = cleanRemarks(input.remarks)
  const shouldCommit = await initTransaction(req)
  try {
    const dossier = await readDossierAs(req, input.id)
    const facts = await transitionFacts(req, dossier)
    const decision = decideTransition(
      { ...facts.content, stage: dossier.stage },
      facts.actor,
      { action: input.action, reason: input.reason },
      facts.ctx,
    )
    if (!decision.ok) throw new TransitionRefused(decision.message, decision.status, decision.problems)

    const at = (input.at ?? new Date()).toISOString()
    const user = req.user
    const sendsBack = decision.to === 'returned'
    const action = decision.rule.action
    // The audit trail records the stage change as this workflow step (src/audit).
    const context = { dossierTransition: true, [WORKFLOW_STEP]: action }
    const updated = await req.payload.update({
      collection: 'dossiers',
      id: dossier.id,
      data: {
        stage: decision.to,
        ...(sendsBack
          ? { review: { reason: decision.reason, remarks, by: user.id, at, fingerprint: facts.fingerprint } }
          : {}),
      },
      depth: 0,
      overrideAccess: true,
      context,
      req,
    })
    const event = await req.payload.create({
      collection: 'dossier-events',
      data: {
        summary: `${actionLabel(action)}: ${stageLabel(decision.from)} → ${stageLabel(decision.to)}`,
        dossier: dossier.id,
        organization: dossier.organization,
        year: dossier.year,
        action,
        fromStage: decision.from,
        toStage: decision.to,
        actor: user.id,
        actorName: user.name || user.email || '',
        at,
        note: decision.reason || undefined,
        remarks: Object.keys(remarks).length ? remarks : undefined,
      },
      depth: 0,
      overrideAccess: true,
      context,
      req,
    })
    if (shouldCommit) await commitTransaction(req)
    return {
      action,
      from: decision.from,
      to: decision.to,
      reason: decision.reason,
      dossier: { ...updated, id: String(updated.id), organization: dossier.organization },
      event,
    }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
