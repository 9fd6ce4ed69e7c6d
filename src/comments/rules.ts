/** Rules for readers' comments, as pure functions so they are tested without a server. */
export const COMMENT_LIMITS = { name: 80, body: 2000, email: 254 } as const

export type CommentInput = { authorName?: unknown; email?: unknown; body?: unknown; website?: unknown }
export type CommentProblem = { field: string; message: string }

const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>?/i

export function checkComment(input: CommentInput): CommentProblem[] {
  const problems: CommentProblem[] = []
  const name = typeof input.authorName === 'string' ? input.authorName.trim() : ''
  const body = typeof input.body === 'string' ? input.body.trim() : ''
  const email = typeof input.email === 'string' ? input.email.trim() : ''
  if (typeof input.website === 'string' && input.website.trim() !== '') {
    problems.push({ field: 'website', message: 'Bình luận bị từ chối.' })
  }
  if (!name) problems.push({ field: 'authorName', message: 'Vui lòng nhập tên hiển thị.' })
  else if (name.length > COMMENT_LIMITS.name)
    problems.push({ field: 'authorName', message: `Tên hiển thị tối đa ${COMMENT_LIMITS.name} ký tự.` })
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > COMMENT_LIMITS.email)
    problems.push({ field: 'email', message: 'Vui lòng nhập địa chỉ email hợp lệ (không hiển thị công khai).' })
  if (!body) problems.push({ field: 'body', message: 'Vui lòng nhập nội dung bình luận.' })
  else if (body.length > COMMENT_LIMITS.body)
    problems.push({ field: 'body', message: `Bình luận tối đa ${COMMENT_LIMITS.body} ký tự (hiện có ${body.length}).` })
  for (const [field, value] of [
    ['authorName', name],
    ['body', body],
  ] as const) {
    if (MARKUP.test(value))
      problems.push({ field, message: 'Bình luận chỉ nhận văn bản thuần, không chứa thẻ HTML hay mã lệnh.' })
  }
  return problems
}

/** Plain text as stored: trimmed, control characters removed, runs of blank lines collapsed. */
export function normalizeCommentText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  )
}
