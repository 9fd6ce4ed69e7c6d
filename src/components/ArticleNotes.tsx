import { noteKindLabel, publicNotes, type ArticleNote } from '@/articles/notes'
import { formatDateTime } from '@/vietnamese'

/** Dated corrections and updates at the top of an article, newest first. */
export function ArticleNotes({ notes }: { notes: ArticleNote[] | null | undefined }) {
  const shown = publicNotes(notes)
  if (!shown.length) return null
  return (
    <aside className="article-notes" aria-label="Đính chính, cập nhật">
      <ul>
        {shown.map((n, i) => (
          <li key={n.id ?? i} className={`article-note article-note--${n.kind ?? 'update'}`}>
            <span className="article-note__kind">{noteKindLabel(n.kind)}</span>
            <time dateTime={n.at}>{formatDateTime(n.at)}</time>
            <span className="article-note__text">{n.text}</span>
          </li>
        ))}
      </ul>
    </aside>
  )
}
