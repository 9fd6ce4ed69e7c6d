import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { reviewChange, type ArticleText } from '@/articles/notes'
import { formatDateTime } from '@/vietnamese'

/**
 * A published article's text changes in public only with a dated note (Đính chính / Cập nhật)
 * or when the editor marks the change minor. Compared with the published version itself (the
 * collection's own row), not the latest draft, so text changed in autosaved drafts is caught
 * when they are published. The minor flag counts for the save that goes public, then is cleared.
 */
export const requireChangeNote: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const minor = data.minorChange === true
  const publishing = data._status !== 'draft'
  // Kept on drafts (the admin autosaves while the editor works), cleared once a save goes public.
  if (publishing) data.minorChange = false
  let published: ArticleText | null = null
  if (operation === 'update' && originalDoc?.id) {
    const row = await req.payload.db.findOne({ collection: 'articles', where: { id: { equals: originalDoc.id } }, req })
    if (row && (row as { _status?: string })._status === 'published') published = row as ArticleText
  }
  const pick = <K extends keyof ArticleText>(k: K): ArticleText[K] =>
    data[k] !== undefined ? data[k] : originalDoc?.[k]
  const next: ArticleText = { title: pick('title'), lead: pick('lead'), body: pick('body'), notes: pick('notes') }
  const review = reviewChange({ published, next, publishing, minor, now: new Date(), formatTime: formatDateTime })
  if (!review.ok) throw new APIError(review.message, 400, null, true)
  data.notes = review.notes
  data.revisionNote = review.revisionNote
  return data
}
