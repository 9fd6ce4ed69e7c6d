import { actionLabel, type Action } from './transitions'
import { stageLabel, type Stage } from './stages'

export type Mail = { subject: string; text: string; html: string }

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

function toMail(subject: string, lines: string[], link: string): Mail {
  const text = [...lines, '', `Mở hồ sơ: ${link}`, '', '— Soi Sửa (thư tự động, xin đừng trả lời)'].join('\n')
  const html = [
    ...lines.map((l) => `<p>${escape(l)}</p>`),
    `<p><a href="${escape(link)}">Mở hồ sơ</a></p>`,
    '<p style="color:#666">— Soi Sửa (thư tự động, xin đừng trả lời)</p>',
  ].join('\n')
  return { subject, text, html }
}

const NEXT_STEP: Record<Stage, string> = {
  draft: '',
  submitted: 'Đề nghị Ban Tuyên giáo thẩm định, đối chiếu với phiếu kết luận.',
  recommended: 'Đề nghị Thường trực Huyện ủy xem xét, phê duyệt.',
  returned: 'Đề nghị tổ chức đảng hoàn thiện hồ sơ theo ý kiến nêu trên và gửi lại.',
  approved: 'Hồ sơ đã hoàn tất; không cần thao tác thêm.',
}

/** The notice sent to whoever acts next after a transition. */
export function transitionMail(input: {
  action: Action
  from: Stage
  to: Stage
  organizationName: string
  year: number
  actorName: string
  reason?: string
  link: string
}): Mail {
  const subject = `[Soi Sửa] Hồ sơ năm ${input.year} của ${input.organizationName}: ${actionLabel(input.action)}`
  const lines = [
    `Hồ sơ nhận diện và khắc phục năm ${input.year} của ${input.organizationName} vừa được ${input.actorName} “${actionLabel(input.action)}”.`,
    `Bước: ${stageLabel(input.from)} → ${stageLabel(input.to)}.`,
  ]
  if (input.reason) lines.push(`Lý do: ${input.reason}`)
  if (NEXT_STEP[input.to]) lines.push(NEXT_STEP[input.to])
  return toMail(subject, lines, input.link)
}

/** The deadline reminder for an organisation that has not yet submitted its dossier. */
export function reminderMail(input: {
  organizationName: string
  year: number
  deadline: string
  overdue: boolean
  stage: Stage | null
  link: string
}): Mail {
  const state = input.stage ? `đang ở bước “${stageLabel(input.stage)}”` : 'chưa được lập'
  const subject = input.overdue
    ? `[Soi Sửa] Quá hạn nộp hồ sơ năm ${input.year}: ${input.organizationName}`
    : `[Soi Sửa] Sắp đến hạn nộp hồ sơ năm ${input.year}: ${input.organizationName}`
  const lines = [
    `Hồ sơ nhận diện và khắc phục năm ${input.year} của ${input.organizationName} ${state}.`,
    input.overdue
      ? `Hạn gửi thẩm định là ngày ${input.deadline} và đã qua. Đề nghị hoàn thiện và gửi hồ sơ ngay.`
      : `Hạn gửi thẩm định là ngày ${input.deadline}. Đề nghị hoàn thiện và gửi hồ sơ đúng hạn.`,
  ]
  return toMail(subject, lines, input.link)
}
