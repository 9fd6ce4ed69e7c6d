/**
 * Dated corrections and updates on published articles (as GOV.UK's change notes and Arc XP's
 * corrections): pure rules, no Payload import. A published article's text (title, lead, body)
 * changes in public only with a new note, or when the editor marks the change minor.
 */
import { lexicalToPlainText } from '@/search/lexicalText'

export const NOTE_KINDS = [
  { value: 'correction', label: 'Đính chính' },
  { value: 'update', label: 'Cập nhật' },
] as const
export type NoteKind = (typeof NOTE_KINDS)[number]['value']

export type ArticleNote = { id?: string | null; kind?: NoteKind | null; text?: string | null; at?: string | null }

export type ArticleText = { title?: string | null; lead?: string | null; body?: unknown; notes?: ArticleNote[] | null }

export const noteKindLabel = (kind: string | null | undefined): string =>
  NOTE_KINDS.find((k) => k.value === kind)?.label ?? 'Cập nhật'

export const CHANGE_NOTE_REQUIRED =
  'Bài viết đã đăng: khi sửa tiêu đề, sapo hoặc nội dung, cần thêm một ghi chú “Đính chính” hoặc “Cập nhật” (thẻ “Đính chính, cập nhật”) để người đọc biết bài đã được sửa; nếu chỉ sửa lỗi chính tả, định dạng, hãy đánh dấu “Sửa lỗi nhỏ”.'

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()

/** Whether the reader-visible text differs: title, lead, and the words of the body (formatting aside). */
export function textChanged(before: ArticleText, after: ArticleText): boolean {
  return (
    norm(before.title) !== norm(after.title) ||
    norm(before.lead) !== norm(after.lead) ||
    lexicalToPlainText(before.body) !== lexicalToPlainText(after.body)
  )
}

export type ChangeReview =
  { ok: false; message: string } | { ok: true; notes: ArticleNote[]; added: ArticleNote[]; revisionNote: string }

/**
 * Reviews a save of an article against its published version (null when it is not published).
 * `publishing`: the save changes what the public reads (not a draft). New notes (ids the
 * published version does not have) get their time when they go public; a note already
 * published keeps its time whatever the client sends.
 */
export function reviewChange(args: {
  published: ArticleText | null
  next: ArticleText
  publishing: boolean
  minor: boolean
  now: Date
  formatTime: (iso: string) => string
}): ChangeReview {
  const { published, next, publishing, minor, now } = args
  const publishedNotes = new Map((published?.notes ?? []).filter((n) => n.id).map((n) => [String(n.id), n]))
  const notes: ArticleNote[] = []
  const added: ArticleNote[] = []
  for (const note of next.notes ?? []) {
    const before = note.id ? publishedNotes.get(String(note.id)) : undefined
    if (before) {
      notes.push({ ...note, at: before.at ?? null })
    } else {
      const fresh = { ...note, at: publishing ? now.toISOString() : null }
      notes.push(fresh)
      if (norm(note.text)) added.push(fresh)
    }
  }
  const guarded = Boolean(published) && publishing
  if (guarded && !minor && added.length === 0 && textChanged(published!, next))
    return { ok: false, message: CHANGE_NOTE_REQUIRED }
  const revisionNote = added.length
    ? added
        .map((n) => `${noteKindLabel(n.kind)}${n.at ? ` ${args.formatTime(n.at)}` : ' (chưa đăng)'}: ${norm(n.text)}`)
        .join(' · ')
        .slice(0, 500)
    : guarded && minor && textChanged(published!, next)
      ? 'Sửa lỗi nhỏ, không ghi chú'
      : ''
  return { ok: true, notes, added, revisionNote }
}

/** Notes that are public (dated), newest first. */
export function publicNotes(notes: ArticleNote[] | null | undefined): Array<ArticleNote & { at: string }> {
  return (notes ?? [])
    .filter((n): n is ArticleNote & { at: string } => Boolean(n.at && norm(n.text)))
    .sort((a, b) => b.at.localeCompare(a.at))
}

/** The article's last public change: its newest note, else its publication. */
export function lastModified(article: {
  publishedAt?: string | null
  notes?: ArticleNote[] | null
}): string | undefined {
  const newest = publicNotes(article.notes)[0]?.at
  const published = article.publishedAt ?? undefined
  if (!newest) return published
  return !published || newest > published ? newest : published
}
