'use client'

import { useActionState } from 'react'
import { postComment, type CommentFormState } from '@/data/postComment'
import { COMMENT_LIMITS } from '@/comments/rules'

/** Works without JavaScript: the form posts to a server action and the page re-renders with its state. */
export function CommentForm({ articleId, permalink }: { articleId: string; permalink: string }) {
  const [state, action, pending] = useActionState<CommentFormState, FormData>(
    postComment,
    { status: 'idle' },
    permalink,
  )
  const v = state.status === 'error' ? (state.values ?? {}) : {}
  const err = state.errors ?? {}
  return (
    <form action={action} className="comment-form" noValidate={false}>
      <h3>Gửi bình luận</h3>
      {state.message ? (
        <p className={`notice ${state.status === 'pending' ? 'notice--ok' : 'notice--error'}`} role="status">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="article" value={articleId} />
      <div className="hp" aria-hidden="true">
        <label htmlFor="website">Trang web</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <label htmlFor="authorName">Tên hiển thị</label>
      <input
        id="authorName"
        name="authorName"
        required
        maxLength={COMMENT_LIMITS.name}
        defaultValue={v.authorName}
        key={`n${state.status}`}
      />
      {err.authorName ? <span className="field-error">{err.authorName}</span> : null}
      <label htmlFor="email">Email (không hiển thị công khai)</label>
      <input
        id="email"
        name="email"
        type="email"
        required
        maxLength={COMMENT_LIMITS.email}
        defaultValue={v.email}
        key={`e${state.status}`}
      />
      {err.email ? <span className="field-error">{err.email}</span> : null}
      <label htmlFor="body">Nội dung</label>
      <textarea
        id="body"
        name="body"
        rows={5}
        required
        maxLength={COMMENT_LIMITS.body}
        defaultValue={v.body}
        key={`b${state.status}`}
      />
      {err.body ? <span className="field-error">{err.body}</span> : null}
      <p>
        <small>
          Bình luận được hiển thị sau khi ban biên tập duyệt. Tối đa {COMMENT_LIMITS.body} ký tự, chỉ văn bản thuần.
        </small>
      </p>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Đang gửi…' : 'Gửi bình luận'}
        </button>
      </div>
    </form>
  )
}
