import { attachmentKindLabel } from '@/documents/taxonomy'
import type { DocumentFileDoc, GuidanceDocumentDoc } from '@/documents/types'

const size = (bytes?: number | null) =>
  bytes
    ? bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : `${Math.max(1, Math.round(bytes / 1024))} KB`
    : ''
const format = (f: DocumentFileDoc) =>
  f.mimeType === 'application/pdf' ? 'PDF' : f.mimeType?.includes('wordprocessingml') ? 'DOCX' : ''

/** Download links; files the reader may not open are simply not populated and not listed. */
export function AttachmentList({ attachments }: { attachments: GuidanceDocumentDoc['attachments'] }) {
  const files = (attachments ?? []).filter(
    (a) => a.file && typeof a.file === 'object' && (a.file as DocumentFileDoc).url,
  )
  if (files.length === 0) return null
  return (
    <ul className="doc-files">
      {files.map((a, i) => {
        const f = a.file as DocumentFileDoc
        const name = a.label || f.title || f.filename || 'Tệp đính kèm'
        const facts = [attachmentKindLabel(a.kind), format(f), size(f.filesize)].filter(Boolean).join(', ')
        return (
          <li key={a.id ?? i}>
            <a href={f.url!} download={f.filename ?? true} className={a.kind === 'template' ? 'button' : undefined}>
              {a.kind === 'template' ? `Tải mẫu: ${name}` : `Tải về: ${name}`}
            </a>{' '}
            <span className="doc-meta">({facts})</span>
          </li>
        )
      })}
    </ul>
  )
}
