import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { reviewChange, type ArticleText } from '../../../src/articles/notes'
import { formatDateTime } from '../../../src/vietnamese'

/**
 * A published article's text changes in public only with a dated note (Đính chính / Cập nhật)
 * or when the editor marks the change minor. Compared with the published version itself (the
 * collection's own row), not the latest draft, so text changed in autosaved drafts is caught
 * when they are published. The minor flag is used once and never kept.
 */
export const requireChangeNote: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const minor = data.minorChange === true
  data.minorChange = false
  let published: ArticleText | null = null
  if (operation === 'update' && originalDoc?.id) {
    const row = await req.payload.db.findOne({ collection: 'articles', where: { id: { equals: originalDoc.id } }, req })
    if (row && (row as { _status?: string })._status === 'published') published = row as ArticleText
  }
  const pick = <K extends keyof ArticleText>(k: K): ArticleText[K] => (data[k] !== undefined ? data[k] : originalDoc?.[k])
  const next: ArticleText = { title: pick('title'), lead: pick('lead'), body: pick('body'), notes: pick('notes') }
  const review = reviewChange({ published, next, publishing: data._status !== 'draft', minor, now: new Date(), formatTime: formatDateTime })
  if (!review.ok) throw new APIError(review.message, 400, null, true)
  data.notes = review.notes
  data.revisionNote = review.revisionNote
  return data
}
