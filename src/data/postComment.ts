'use server'

import { headers } from 'next/headers'
import { payloadClient } from './payload'

export type CommentFormState = {
  status: 'idle' | 'pending' | 'error'
  message?: string
  errors?: Record<string, string>
  values?: { authorName?: string; email?: string; body?: string }
}

/**
 * The article page's comment form (a server action, so it works without JavaScript).
 * It creates the comment as the public would through REST: access rules and the
 * comment hooks (honeypot, limits, plain text, rate limit) all apply.
 */
export async function postComment(_prev: CommentFormState, form: FormData): Promise<CommentFormState> {
  const values = {
    authorName: String(form.get('authorName') ?? '').slice(0, 200),
    email: String(form.get('email') ?? '').slice(0, 300),
    body: String(form.get('body') ?? '').slice(0, 10_000),
  }
  const articleId = String(form.get('article') ?? '')
  const payload = await payloadClient()
  try {
    await payload.create({
      collection: 'comments',
      draft: false,
      // A reader's comment always starts pending (the collection's default, kept by its hook).
      data: { article: articleId, status: 'pending', ...values },
      overrideAccess: false,
      req: { headers: await headers() },
      context: { honeypot: String(form.get('website') ?? '') },
    })
    return { status: 'pending', message: 'Cảm ơn bạn! Bình luận đã được gửi và đang chờ duyệt.' }
  } catch (err) {
    // Judged by shape, not instanceof: the server action's bundle may hold its own copy of
    // Payload's error classes, and a refusal (e.g. too many comments) must reach the reader.
    const refusal = err as {
      name?: string
      status?: number
      message?: string
      data?: { errors?: { path: string; message: string }[] }
    }
    if (Array.isArray(refusal?.data?.errors)) {
      const errors: Record<string, string> = {}
      for (const e of refusal.data.errors) errors[e.path] = e.message
      return { status: 'error', message: 'Bình luận chưa được gửi. Vui lòng kiểm tra lại.', errors, values }
    }
    if (typeof refusal?.status === 'number' && refusal.status >= 400 && refusal.status < 500 && refusal.message) {
      return { status: 'error', message: refusal.message, values }
    }
    payload.logger.error({ err, msg: 'Không lưu được bình luận' })
    return { status: 'error', message: 'Hệ thống đang bận, bình luận chưa được lưu. Vui lòng thử lại.', values }
  }
}
