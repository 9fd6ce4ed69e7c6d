import type { Where } from 'payload'
import { PUBLISHED } from '@/access'
import type { NamedPage } from '@/http/namedPages'
import { pageYear } from '@/progress/params'
import { pageParam } from '@/site'
import { listCorrections } from './articles'
import { progressYearsForPublic } from './progress'
import { readMany } from './read'

/** Whether the public page at a named address has a document to show, as the public reads. */
export async function namedPageExists(page: NamedPage): Promise<boolean> {
  if (page.collection === 'progress-years') return pageYear(await progressYearsForPublic(), page.key) !== null
  if (page.collection === 'corrections-pages') {
    const n = pageParam(page.key)
    return n <= (await listCorrections(n)).totalPages
  }
  if (!page.key) return false
  const field = page.collection === 'indicators' ? 'code' : 'slug'
  const match: Where = { [field]: { equals: page.key } }
  const staged = page.collection === 'articles' || page.collection === 'guidance-documents'
  const { totalDocs } = await readMany(page.collection, {
    where: staged ? { and: [match, PUBLISHED] } : match,
    limit: 1,
    depth: 0,
    select: { id: true },
  })
  return totalDocs > 0
}
