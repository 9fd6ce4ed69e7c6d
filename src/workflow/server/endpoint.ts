import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadRequest } from 'payload'
import { uncoveredShortcomings } from '../guards'
import { stageLabel } from '../stages'
import { actionLabel, availableActions } from '../transitions'
import { applyTransition, readDossierAs, transitionFacts, TransitionRefused } from './applyTransition'
import { notifyNextActors } from './notify'

function errorResponse(error: unknown): Response {
  if (error instanceof APIError && error.status < 500) {
    const data = error.data as { problems?: unknown } | null
    return Response.json({ errors: [{ message: error.message, data: data ?? undefined }] }, { status: error.status })
  }
  throw error
}

async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    await addDataAndFileToRequest(req)
  } catch {
    throw new TransitionRefused(
      'Nội dung yêu cầu không đọc được: cần JSON dạng {"action": "...", "reason": "..."}.',
      400,
    )
  }
  const data = req.data
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new TransitionRefused('Cần gửi JSON dạng {"action": "...", "reason": "..."}.', 400)
  }
  return data as Record<string, unknown>
}

/**
 * POST /api/dossiers/:id/transition {action, reason?, remarks?}: the only door through which
 * a dossier changes stage. Answers with the dossier and the event written for it.
 */
export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    try {
      if (!req.user) throw new TransitionRefused('Bạn cần đăng nhập để thực hiện thao tác này.', 401)
      const body = await readBody(req)
      const done = await applyTransition(req, {
        id: req.routeParams?.id,
        action: body.action,
        reason: body.reason,
        remarks: body.remarks,
      })
      const notified = await notifyNextActors(req, done)
      return Response.json({
        message: `Đã “${actionLabel(done.action)}” hồ sơ: ${stageLabel(done.from)} → ${stageLabel(done.to)}.`,
        doc: done.dossier,
        event: done.event,
        notified: notified.length,
      })
    } catch (error) {
      return errorResponse(error)
    }
  },
}

/**
 * GET /api/dossiers/:id/transitions: what the current user may do with this dossier now,
 * why a step is not yet possible, and which conclusion-form shortcomings are not covered.
 */
export const transitionOptionsEndpoint: Endpoint = {
  path: '/:id/transitions',
  method: 'get',
  handler: async (req) => {
    try {
      if (!req.user) throw new TransitionRefused('Bạn cần đăng nhập.', 401)
      const dossier = await readDossierAs(req, req.routeParams?.id)
      const facts = await transitionFacts(req, dossier)
      const label = facts.ctx.label
      const review = dossier.review as
        { reason?: string; remarks?: Record<string, string | null>; at?: string } | undefined
      return Response.json({
        stage: dossier.stage,
        stageLabel: stageLabel(dossier.stage),
        // Why it came back: the first thing whoever must fix it reads.
        returned:
          dossier.stage === 'returned' && review?.reason
            ? {
                reason: review.reason,
                remarks: review.remarks ?? {},
                at: review.at ?? null,
                unchanged: Boolean(facts.ctx.unchangedSinceReturn),
              }
            : null,
        actions: availableActions({ ...facts.content, stage: dossier.stage }, facts.actor, facts.ctx),
        uncoveredShortcomings: uncoveredShortcomings(dossier).map((s) => ({
          ...s,
          indicatorCodes: s.indicators.map(label),
        })),
        indicatorCodes: Object.fromEntries(facts.codes),
      })
    } catch (error) {
      return errorResponse(error)
    }
  },
}
