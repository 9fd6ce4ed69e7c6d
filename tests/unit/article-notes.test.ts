import { describe, expect, it } from 'vitest'
import { CHANGE_NOTE_REQUIRED, lastModified, publicNotes, reviewChange, type ArticleText } from '@/articles/notes'

const body = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] },
})
const published: ArticleText = {
  title: 'Tiêu đề',
  lead: 'Sapo',
  body: body('Nội dung'),
  notes: [{ id: 'n1', kind: 'update', text: 'Cũ', at: '2026-01-01T00:00:00.000Z' }],
}
const now = new Date('2026-12-02T03:00:00.000Z')
const review = (
  next: ArticleText,
  opts: { publishing?: boolean; minor?: boolean; published?: ArticleText | null } = {},
) =>
  reviewChange({
    published: opts.published === undefined ? published : opts.published,
    next,
    publishing: opts.publishing ?? true,
    minor: opts.minor ?? false,
    now,
    formatTime: (s) => s,
  })

describe('change notes on published articles', () => {
  it('refuses a published text change without a new note', () => {
    for (const change of [{ title: 'Tiêu đề khác' }, { lead: 'Sapo khác' }, { body: body('Nội dung khác') }]) {
      expect(review({ ...published, ...change })).toEqual({ ok: false, message: CHANGE_NOTE_REQUIRED })
    }
  })

  it('lets through what needs no note: drafts, unpublished articles, formatting and spacing, minor fixes', () => {
    expect(review({ ...published, title: 'Khác' }, { publishing: false }).ok).toBe(true)
    expect(review({ ...published, title: 'Khác' }, { published: null }).ok).toBe(true)
    expect(review({ ...published, title: ' Tiêu  đề ' }).ok).toBe(true)
    const minor = review({ ...published, title: 'Tiêu đề (sửa)' }, { minor: true })
    expect(minor).toMatchObject({ ok: true, revisionNote: 'Sửa lỗi nhỏ, không ghi chú' })
  })

  it('stamps new notes when they go public and keeps the time of published ones', () => {
    const next = {
      ...published,
      title: 'Khác',
      notes: [
        { ...published.notes![0], at: '1999-01-01T00:00:00.000Z' },
        { kind: 'correction' as const, text: 'Sửa số liệu', at: '1999-01-01T00:00:00.000Z' },
      ],
    }
    const r = review(next)
    expect(r.ok && r.notes.map((n) => n.at)).toEqual(['2026-01-01T00:00:00.000Z', now.toISOString()])
    expect(r.ok && r.revisionNote).toBe(`Đính chính ${now.toISOString()}: Sửa số liệu`)
    const draft = review(next, { publishing: false })
    expect(draft.ok && draft.notes[1].at).toBeNull()
  })

  it('shows dated notes newest first, and dates the article by its newest note', () => {
    const notes = [
      { kind: 'correction' as const, text: 'a', at: '2026-02-01T00:00:00.000Z' },
      { kind: 'update' as const, text: 'b', at: '2026-03-01T00:00:00.000Z' },
      { kind: 'update' as const, text: 'chưa đăng', at: null },
    ]
    expect(publicNotes(notes).map((n) => n.text)).toEqual(['b', 'a'])
    expect(lastModified({ publishedAt: '2026-01-01T00:00:00.000Z', notes })).toBe('2026-03-01T00:00:00.000Z')
    expect(lastModified({ publishedAt: '2026-01-01T00:00:00.000Z', notes: [] })).toBe('2026-01-01T00:00:00.000Z')
  })
})
