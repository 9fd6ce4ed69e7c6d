import { optionLabel } from '@/fields/options'

/** Where a dossier stands in its review (docs/dossier-workflow.md). */
export const STAGES = [
  { value: 'draft', label: 'Đang soạn' },
  { value: 'submitted', label: 'Chờ thẩm định' },
  { value: 'recommended', label: 'Chờ phê duyệt' },
  { value: 'returned', label: 'Bị trả lại' },
  { value: 'approved', label: 'Đã phê duyệt' },
] as const

export type Stage = (typeof STAGES)[number]['value']

/** The organisation may change its dossier only while it is in its own hands. */
export const EDITABLE_STAGES: Stage[] = ['draft', 'returned']

export function isStage(value: unknown): value is Stage {
  return STAGES.some((s) => s.value === value)
}

export function isEditableStage(stage: unknown): boolean {
  return EDITABLE_STAGES.includes(stage as Stage)
}

export function stageLabel(stage: unknown): string {
  return optionLabel(STAGES, stage)
}

export const STAGE_CHANGE_REFUSED =
  'Không thể đổi bước của hồ sơ bằng cách sửa trực tiếp. Hãy dùng các thao tác của quy trình: Gửi thẩm định, Trả lại, Đề nghị phê duyệt, Phê duyệt, Mở lại.'

/** Why a dossier (and what is filed in it) cannot be changed in its present stage. */
export function lockedMessage(stage: unknown): string {
  if (stage === 'approved') {
    return 'Hồ sơ đã được phê duyệt nên chỉ được xem, không được sửa. Muốn sửa, Thường trực Huyện ủy phải mở lại hồ sơ (ghi rõ lý do).'
  }
  return `Hồ sơ đang ở bước “${stageLabel(stage)}” nên không sửa được; tổ chức chỉ sửa hồ sơ khi đang soạn hoặc bị trả lại.`
}

/** Plan items and conclusion forms: a year-end result of one remedy measure. */
export const EVALUATION_RESULTS = [
  { value: 'remedied', label: 'Đã khắc phục' },
  { value: 'partly', label: 'Khắc phục một phần' },
  { value: 'not-remedied', label: 'Chưa khắc phục' },
] as const

export const PLAN_PROGRESS = [
  { value: 'not-started', label: 'Chưa thực hiện' },
  { value: 'in-progress', label: 'Đang thực hiện' },
  { value: 'done', label: 'Đã hoàn thành' },
] as const

/** Kinds of scanned papers attached to a dossier. */
export const ATTACHMENT_KINDS = [
  { value: 'identification-form', label: 'Bản tự nhận diện' },
  { value: 'remedy-plan', label: 'Kế hoạch khắc phục (có chữ ký)' },
  { value: 'evaluation-report', label: 'Báo cáo đánh giá cuối năm' },
  { value: 'conclusion-form', label: 'Phiếu kết luận' },
  { value: 'commitment', label: 'Bản cam kết' },
  { value: 'other', label: 'Tài liệu khác' },
] as const

export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number]['value']

export function attachmentKindLabel(kind: unknown): string {
  return optionLabel(ATTACHMENT_KINDS, kind)
}
