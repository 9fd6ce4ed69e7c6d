import { optionLabel } from '@/fields/options'
import { hasRole, ROLES, type Role } from '@/access/roles'
import {
  completenessProblems,
  crossCheckProblems,
  type DossierContent,
  type IndicatorLabel,
  type Problem,
} from './guards'
import { stageLabel, type Stage } from './stages'

export const ACTIONS = [
  { value: 'submit', label: 'Gửi thẩm định' },
  { value: 'resubmit', label: 'Gửi lại' },
  { value: 'return', label: 'Trả lại' },
  { value: 'recommend', label: 'Đề nghị phê duyệt' },
  { value: 'approve', label: 'Phê duyệt' },
  { value: 'reopen', label: 'Mở lại' },
] as const

export type Action = (typeof ACTIONS)[number]['value']

export function isAction(value: unknown): value is Action {
  return ACTIONS.some((a) => a.value === value)
}

export function actionLabel(action: unknown): string {
  return optionLabel(ACTIONS, action)
}

export type GuardContext = {
  requiredAttachmentKinds?: string[]
  attachmentLabel?: (kind: string) => string
  label?: IndicatorLabel
  /** Returned, and nothing in it changed since: sending it back needs an answer to the reason. */
  unchangedSinceReturn?: boolean
}

export type TransitionRule = {
  action: Action
  from: Stage
  to: Stage
  roles: Role[]
  /** Only for dossiers of the actor's own organisations (or those below them). */
  ownOrganization?: boolean
  needsReason?: boolean
  /** When the dossier has not changed since it was returned, the actor must answer the reason. */
  answerIfUnchanged?: boolean
  /** Optional steps never make a dossier "wait" for anyone. */
  optional?: boolean
  guard?: (d: DossierContent, ctx: GuardContext) => Problem[]
}

/**
 * docs/dossier-workflow.md. A dossier is in one pair of hands at a time: the organisation while it is
 * drafted or returned, the Propaganda Board (reviewer) once submitted, the Standing Board
 * (approver) once recommended. Only the hands holding it may move it on or send it back.
 */
export const TRANSITIONS: TransitionRule[] = [
  {
    action: 'submit',
    from: 'draft',
    to: 'submitted',
    roles: ['org-officer'],
    ownOrganization: true,
    guard: completenessProblems,
  },
  {
    action: 'resubmit',
    from: 'returned',
    to: 'submitted',
    roles: ['org-officer'],
    ownOrganization: true,
    answerIfUnchanged: true,
    guard: completenessProblems,
  },
  { action: 'return', from: 'submitted', to: 'returned', roles: ['reviewer'], needsReason: true },
  { action: 'recommend', from: 'submitted', to: 'recommended', roles: ['reviewer'], guard: crossCheckProblems },
  { action: 'return', from: 'recommended', to: 'returned', roles: ['approver'], needsReason: true },
  { action: 'approve', from: 'recommended', to: 'approved', roles: ['approver'] },
  { action: 'reopen', from: 'approved', to: 'returned', roles: ['approver'], needsReason: true, optional: true },
]

export type Actor = {
  roles?: readonly Role[] | null
  /** The dossier's organisation is one the actor acts for, or below one. */
  inScope: boolean
} | null

export type TransitionRequest = { action: unknown; reason?: unknown }

export type Refusal = { ok: false; status: 400 | 401 | 403 | 409 | 422; message: string; problems: Problem[] }
export type Decision = { ok: true; rule: TransitionRule; from: Stage; to: Stage; reason: string } | Refusal

const roleLabel = (r: Role) => optionLabel(ROLES, r)

function refuse(status: Refusal['status'], message: string, problems: Problem[] = []): Refusal {
  return { ok: false, status, message, problems }
}

export function rulesFrom(stage: Stage): TransitionRule[] {
  return TRANSITIONS.filter((t) => t.from === stage)
}

/** Decides one requested transition. Nothing here reads a database: the caller supplies the facts. */
export function decideTransition(
  dossier: DossierContent & { stage: Stage },
  actor: Actor,
  request: TransitionRequest,
  ctx: GuardContext = {},
): Decision {
  if (!actor) return refuse(401, 'Bạn cần đăng nhập để thực hiện thao tác này.')
  const { action } = request
  if (!isAction(action)) {
    return refuse(
      400,
      `Thao tác không hợp lệ: “${String(action ?? '')}”. Các thao tác: ${ACTIONS.map((a) => `${a.value} (${a.label})`).join(', ')}.`,
    )
  }
  const fromHere = TRANSITIONS.filter((t) => t.action === action && t.from === dossier.stage)
  if (fromHere.length === 0) {
    return refuse(409, `Không thể “${actionLabel(action)}” hồ sơ đang ở bước “${stageLabel(dossier.stage)}”.`)
  }
  const rule = fromHere.find((t) => hasRole({ roles: actor.roles as Role[] }, ...t.roles))
  if (!rule) {
    const who = [...new Set(fromHere.flatMap((t) => t.roles))].map(roleLabel).join(', ')
    return refuse(403, `Chỉ ${who} mới được “${actionLabel(action)}” hồ sơ ở bước “${stageLabel(dossier.stage)}”.`)
  }
  if (rule.ownOrganization && !actor.inScope) {
    return refuse(403, `Bạn chỉ được “${actionLabel(action)}” hồ sơ của tổ chức đảng mình phụ trách.`)
  }
  const reason = typeof request.reason === 'string' ? request.reason.trim() : ''
  if (rule.needsReason && reason.length === 0) {
    return refuse(400, `Cần ghi rõ lý do khi “${actionLabel(action)}” hồ sơ.`)
  }
  if (needsAnswer(rule, ctx) && reason.length === 0) {
    return refuse(
      422,
      'Hồ sơ chưa được sửa từ khi bị trả lại. Hãy sửa hồ sơ theo lý do trả lại, hoặc ghi câu trả lời cho lý do trả lại trước khi “Gửi lại”.',
    )
  }
  const problems = rule.guard ? rule.guard(dossier, ctx) : []
  if (problems.length > 0) {
    return refuse(422, `Hồ sơ chưa thể “${actionLabel(action)}”: ${problems.map((p) => p.message).join(' ')}`, problems)
  }
  return { ok: true, rule, from: rule.from, to: rule.to, reason }
}

function needsAnswer(rule: TransitionRule, ctx: GuardContext): boolean {
  return Boolean(rule.answerIfUnchanged && ctx.unchangedSinceReturn)
}

export type AvailableAction = {
  action: Action
  label: string
  to: Stage
  needsReason: boolean
  /** The reason asked for is an answer to the reason the dossier was returned for. */
  answersReturn: boolean
  /** Why it cannot be taken yet; empty when it can. */
  problems: Problem[]
}

/** The buttons an actor sees on a dossier now: the same table, without a request to judge. */
export function availableActions(
  dossier: DossierContent & { stage: Stage },
  actor: Actor,
  ctx: GuardContext = {},
): AvailableAction[] {
  if (!actor) return []
  return rulesFrom(dossier.stage)
    .filter((t) => hasRole({ roles: actor.roles as Role[] }, ...t.roles))
    .filter((t) => !t.ownOrganization || actor.inScope)
    .map((t) => ({
      action: t.action,
      label: actionLabel(t.action),
      to: t.to,
      needsReason: Boolean(t.needsReason) || needsAnswer(t, ctx),
      answersReturn: needsAnswer(t, ctx),
      problems: t.guard ? t.guard(dossier, ctx) : [],
    }))
}

/** Stages in which a dossier waits for someone holding one of these roles (their dashboard). */
export function stagesAwaiting(roles: readonly Role[] | null | undefined): Stage[] {
  const stages = TRANSITIONS.filter((t) => !t.optional && hasRole({ roles: roles as Role[] }, ...t.roles)).map(
    (t) => t.from,
  )
  return [...new Set(stages)]
}

/**
 * Who is told when a dossier arrives in a stage: whoever must act next, and the organisation
 * itself once its dossier is approved.
 */
export function recipientsOnArrival(to: Stage): { roles: Role[]; organizationOfficers: boolean } {
  if (to === 'approved') return { roles: [], organizationOfficers: true }
  const next = [...new Set(TRANSITIONS.filter((t) => t.from === to && !t.optional).flatMap((t) => t.roles))]
  return { roles: next.filter((r) => r !== 'org-officer'), organizationOfficers: next.includes('org-officer') }
}
