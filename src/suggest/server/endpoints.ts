import {
  addDataAndFileToRequest,
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import { hasRole, type Role } from '@/access/roles'
import { relationId } from '@/fields/relationships'
import { identifiedIndicators } from '@/workflow/guards'
import { stageLabel } from '@/workflow/stages'
import { readDossierAs } from '@/workflow/server/applyTransition'
import { suggestIndicators } from '../rank'
import { catalogueSuggestionIndex } from './catalogueIndex'
import { isSuggestionDecision, suggestionDecisionLabel } from '../decisions'

const MAX_SENTENCES = 100
const MAX_SENTENCE = 2000
/** Who checks the conclusion forms: the Propaganda Board, and the Standing Committee after it. */
export const SUGGESTION_DECIDERS: Role[] = ['reviewer', 'approver']
/** Stages in which a dossier is in the reviewers' hands. */
const UNDER_REVIEW = ['submitted', 'recommended']

function refuse(message: string, status: number): never {
  throw new APIError(message, status, null, true)
}

function errorResponse(error: unknown): Response {
  if (error instanceof APIError && error.status < 500) {
    return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
  }
  throw error
}

async function readJson(req: PayloadRequest, shape: string): Promise<Record<string, unknown>> {
  try {
    await addDataAndFileToRequest(req)
  } catch {
    refuse(`Nội dung yêu cầu không đọc được: cần JSON dạng ${shape}.`, 400)
  }
  const data = req.data
  if (!data || typeof data !== 'object' || Array.isArray(data)) refuse(`Cần gửi JSON dạng ${shape}.`, 400)
  return data as Record<string, unknown>
}

/**
 * POST /api/indicators/suggest {sentences: string[]}: for each shortcoming sentence, the three
 * catalogue indicators that match it best, with the matched words. Staff only (the catalogue is
 * public, but the sentences come from restricted conclusion forms).
 */
export const suggestEndpoint: Endpoint = {
  path: '/suggest',
  method: 'post',
  handler: async (req) => {
    try {
      if (!req.user) refuse('Bạn cần đăng nhập để dùng gợi ý biểu hiện.', 401)
      const body = await readJson(req, '{"sentences": ["…"]}')
      const sentences = body.sentences
      if (!Array.isArray(sentences) || sentences.some((s) => typeof s !== 'string')) {
        refuse('“sentences” phải là danh sách các câu thiếu sót (văn bản).', 400)
      }
      if (sentences.length > MAX_SENTENCES) refuse(`Mỗi lần gợi ý tối đa ${MAX_SENTENCES} câu.`, 413)
      if (sentences.some((s: string) => s.length > MAX_SENTENCE))
        refuse(`Mỗi câu thiếu sót dài tối đa ${MAX_SENTENCE} ký tự.`, 413)
      const index = await catalogueSuggestionIndex(req)
      return Response.json({
        results: (sentences as string[]).map((s) => ({ text: s, suggestions: suggestIndicators(index, s, 3) })),
      })
    } catch (error) {
      return errorResponse(error)
    }
  },
}

/**
 * POST /api/dossiers/:id/suggestions {shortcoming, indicator, decision: "accept" | "dismiss"}:
 * the reviewer's answer to one suggestion. Accepting maps the shortcoming to the indicator;
 * either answer is kept on the dossier (so a dismissed suggestion is not offered again) and
 * written to its history, in one transaction.
 */
export const decideSuggestionEndpoint: Endpoint = {
  path: '/:id/suggestions',
  method: 'post',
  handler: async (req) => {
    try {
      if (!req.user) refuse('Bạn cần đăng nhập.', 401)
      const body = await readJson(req, '{"shortcoming": "…", "indicator": "…", "decision": "accept"}')
      const decision = body.decision
      if (!isSuggestionDecision(decision)) {
        refuse('“decision” phải là “accept” (chấp nhận) hoặc “dismiss” (bỏ qua).', 400)
      }
      if (typeof body.shortcoming !== 'string' || !body.shortcoming)
        refuse('Cần cho biết thiếu sót (“shortcoming”: mã dòng).', 400)
      if (typeof body.indicator !== 'string' || !body.indicator)
        refuse('Cần cho biết biểu hiện được gợi ý (“indicator”).', 400)
      if (!hasRole(req.user, ...SUGGESTION_DECIDERS)) {
        refuse('Chỉ Ban Tuyên giáo hoặc Thường trực Huyện ủy mới chấp nhận hay bỏ qua gợi ý biểu hiện.', 403)
      }
      const shouldCommit = await initTransaction(req)
      try {
        const dossier = await readDossierAs(req, req.routeParams?.id)
        if (!UNDER_REVIEW.includes(dossier.stage)) {
          refuse(
            `Hồ sơ đang ở bước “${stageLabel(dossier.stage)}”; chỉ xử lý gợi ý khi hồ sơ đang được thẩm định hoặc chờ phê duyệt.`,
            409,
          )
        }
        const shortcomings = (dossier.shortcomings ?? []).map((s) => ({ ...s }))
        const row = shortcomings.findIndex((s) => s.id === body.shortcoming)
        if (row < 0) refuse('Không tìm thấy thiếu sót này trong hồ sơ.', 404)
        const indicator = await req.payload.findByID({
          collection: 'indicators',
          id: body.indicator as string,
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          req,
        })
        if (!indicator) refuse('Không có biểu hiện này trong danh mục.', 404)
        const index = await catalogueSuggestionIndex(req)
        const offered = suggestIndicators(index, shortcomings[row].text ?? '', 3).some(
          (s) => s.id === String(indicator.id),
        )
        if (!offered) refuse(`Biểu hiện ${indicator.code} không nằm trong các gợi ý cho thiếu sót này.`, 409)

        const previous = (dossier.suggestionDecisions ?? []).map((d) => ({
          ...d,
          // A stored decision always names its indicator (a required field).
          indicator: relationId(d.indicator) as string,
        }))
        if (previous.some((d) => d.shortcoming === body.shortcoming && d.indicator === String(indicator.id))) {
          refuse('Gợi ý này đã được xử lý.', 409)
        }
        const mapped = (shortcomings[row].indicators ?? []).map((i) => relationId(i)).filter(Boolean) as string[]
        if (decision === 'accept' && !mapped.includes(String(indicator.id))) {
          shortcomings[row].indicators = [...mapped, String(indicator.id)]
        } else {
          shortcomings[row].indicators = mapped
        }
        const user = req.user
        const at = new Date().toISOString()
        const context = { dossierReviewNote: true }
        const updated = await req.payload.update({
          collection: 'dossiers',
          id: dossier.id,
          data: {
            shortcomings,
            suggestionDecisions: [
              ...previous,
              { shortcoming: body.shortcoming, indicator: String(indicator.id), decision, by: user.id, at },
            ],
          },
          depth: 0,
          overrideAccess: true,
          context,
          req,
        })
        const identified = identifiedIndicators(dossier).map(String).includes(String(indicator.id))
        const verb = suggestionDecisionLabel(decision)
        await req.payload.create({
          collection: 'dossier-events',
          data: {
            summary: `${verb} gợi ý: thiếu sót số ${row + 1} ↔ ${indicator.code}`,
            dossier: dossier.id,
            organization: dossier.organization,
            year: dossier.year,
            action: decision === 'accept' ? 'accept-suggestion' : 'dismiss-suggestion',
            fromStage: dossier.stage,
            toStage: dossier.stage,
            actor: user.id,
            actorName: user.name || user.email || '',
            at,
            note:
              `Thiếu sót số ${row + 1}: “${shortcomings[row].text ?? ''}” — ${indicator.code} ${indicator.title}` +
              (decision === 'accept' && !identified ? ' (biểu hiện này chưa được tổ chức nhận diện ở mục 1).' : '.'),
          },
          depth: 0,
          overrideAccess: true,
          context,
          req,
        })
        if (shouldCommit) await commitTransaction(req)
        return Response.json({
          message:
            decision === 'accept'
              ? `Đã gắn thiếu sót số ${row + 1} với biểu hiện ${indicator.code}${identified ? '' : ' — biểu hiện này tổ chức chưa nhận diện ở mục 1'}.`
              : `Đã bỏ qua gợi ý ${indicator.code} cho thiếu sót số ${row + 1}.`,
          doc: updated,
        })
      } catch (error) {
        if (shouldCommit) await killTransaction(req)
        throw error
      }
    } catch (error) {
      return errorResponse(error)
    }
  },
}
