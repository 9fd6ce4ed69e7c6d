import { draftMode } from 'next/headers'
import { cache } from 'react'
import type { TypedUser } from 'payload'
import { hasRole, NEWSROOM_ROLES, type RoleUser } from '@/access'
import { publicNotes } from '@/articles/notes'
import type { ArticleDoc } from '@/components/types'
import { readGlobal, readMany, readOne } from './read'
import { currentViewer } from './viewer'
import { PUBLISHED } from '@/access'
import { isSlug } from '@/http/namedPages'


/**
 * The article at a slug as this request may see it: the published version for everyone;
 * the latest draft only in preview mode for a logged-in newsroom member.
 */
export const articleBySlug = cache(async (slug: string): Promise<{ article: ArticleDoc | null; preview: boolean }> => {
  if (!isSlug(slug)) return { article: null, preview: false }
  let viewer: TypedUser | null = null
  if ((await draftMode()).isEnabled) {
    viewer = await currentViewer()
    if (!hasRole(viewer as RoleUser, ...NEWSROOM_ROLES)) viewer = null
  }
  if (viewer) {
    const article = await readOne('articles', { slug: { equals: slug } }, { depth: 2, draft: true, user: viewer })
    return { article, preview: true }
  }
  const article = await readOne('articles', { slug: { equals: slug }, ...PUBLISHED }, { depth: 2 })
  return { article, preview: false }
})

export async function seriesParts(seriesId: string): Promise<ArticleDoc[]> {
  const { docs } = await readMany('articles', {
    where: { series: { equals: seriesId }, ...PUBLISHED },
    sort: 'part',
    limit: 200,
    depth: 0,
    select: { title: true, slug: true, part: true, publishedAt: true },
  })
  return docs
}

export async function approvedComments(articleId: string) {
  return readMany('comments', {
    where: { article: { equals: articleId }, status: { equals: 'approved' } },
    sort: 'createdAt',
    limit: 200,
    depth: 0,
  })
}

export type PublicCorrection = { id: string; text: string; at: string; article: { title: string; slug: string } }

/**
 * Every published correction across the site, newest first, one page of them. Read from the
 * published articles that carry one (with the public's access); there are few, so they are
 * gathered and paged here.
 */
export async function listCorrections(page: number, perPage = 20): Promise<{ docs: PublicCorrection[]; totalDocs: number; totalPages: number }> {
  const { docs } = await readMany('articles', {
    where: { and: [PUBLISHED, { 'notes.kind': { equals: 'correction' } }] },
    limit: 2000,
    depth: 0,
    select: { title: true, slug: true, notes: true },
  })
  const all: PublicCorrection[] = []
  for (const a of docs) {
    for (const n of publicNotes(a.notes)) {
      if (n.kind === 'correction') all.push({ id: `${a.id}-${n.id ?? n.at}`, text: n.text ?? '', at: n.at, article: { title: a.title, slug: a.slug ?? '' } })
    }
  }
  all.sort((x, y) => y.at.localeCompare(x.at))
  const totalPages = Math.max(1, Math.ceil(all.length / perPage))
  return { docs: all.slice((page - 1) * perPage, page * perPage), totalDocs: all.length, totalPages }
}


const isPublished = (a: ArticleDoc | string | null | undefined): a is ArticleDoc =>
  Boolean(a && typeof a === 'object' && a._status === 'published')

/**
 * The editors' "Nổi bật" and "Đừng bỏ lỡ" lists, shown on the home page and beside every
 * article. Picks the public cannot read (drafts, unpublished) come back as bare ids and are
 * dropped; without picks, "Nổi bật" falls back to the latest featured articles.
 */
export const homepagePicks = cache(async (): Promise<{ featured: ArticleDoc[]; dontMiss: ArticleDoc[] }> => {
  const home = await readGlobal('homepage', 1)
  let featured = (home.featured ?? []).filter(isPublished)
  if (!featured.length) {
    featured = (
      await readMany('articles', {
        where: { ...PUBLISHED, featured: { equals: true } },
        sort: '-publishedAt',
        limit: 4,
      })
    ).docs
  }
  return { featured, dontMiss: (home.dontMiss ?? []).filter(isPublished) }
})
