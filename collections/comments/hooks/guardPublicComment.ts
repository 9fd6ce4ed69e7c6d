import { APIError, ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { hasRole, PUBLISHER_ROLES, type RoleUser } from '@/access'
import { checkComment, normalizeCommentText } from '@/comments/rules'
import { RateLimiter } from '@/http/rateLimit'
import { clientKey } from '@/http/clientKey'

const FIELD_LABELS: Record<string, string> = {
  authorName: 'Tên hiển thị',
  email: 'Email',
  body: 'Nội dung',
  website: 'Website',
}

const limiter = new RateLimiter(
  Number(process.env.COMMENT_RATE_LIMIT ?? 5),
  Number(process.env.COMMENT_RATE_WINDOW_MS ?? 10 * 60 * 1000),
)

/**
 * Every door (REST, GraphQL, the article page's form) creates comments through Payload, so
 * the public rules live here: honeypot, length, plain text only, rate limit, pending status.
 */
export const guardPublicComment: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const moderator = hasRole(req.user as RoleUser, ...PUBLISHER_ROLES)
  const problems = checkComment({ ...data, website: (req.context?.honeypot as string) ?? data.website })
  if (problems.length) {
    // With req.t and labels the summary line is Vietnamese too, not Payload's English default.
    throw new ValidationError(
      {
        collection: 'comments',
        errors: problems.map((p) => ({ path: p.field, message: p.message, label: FIELD_LABELS[p.field] ?? p.field })),
        req,
      },
      req.t,
    )
  }
  const key = clientKey(req.headers)
  if (!moderator && !limiter.take(key)) {
    throw new APIError('Bạn gửi bình luận quá nhanh. Vui lòng thử lại sau ít phút.', 429, null, true)
  }
  if (!moderator) data.status = 'pending'
  delete data.website
  data.authorName = normalizeCommentText(String(data.authorName))
  data.body = normalizeCommentText(String(data.body))
  data.email = String(data.email).trim().toLowerCase()
  data.clientKey = key
  if (data.article) {
    const articleId = typeof data.article === 'object' ? data.article.id : data.article
    const found = await req.payload
      .find({
        collection: 'articles',
        where: { id: { equals: articleId } },
        limit: 1,
        depth: 0,
        overrideAccess: false,
      })
      .catch(() => ({ docs: [] as { commentsEnabled?: boolean }[] }))
    const article = found.docs[0] as { commentsEnabled?: boolean } | undefined
    if (!article) {
      throw new ValidationError(
        {
          collection: 'comments',
          errors: [{ path: 'article', message: 'Không tìm thấy bài viết để bình luận.', label: 'Bài viết' }],
          req,
        },
        req.t,
      )
    }
    if (article.commentsEnabled === false) {
      throw new APIError('Bài viết này đã tắt bình luận.', 403, null, true)
    }
  }
  return data
}
