import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'
import { relationId } from '@/fields/relationships'
import type { Article, Media } from '../../../payload-types'

type Node = {
  type?: string
  relationTo?: string
  value?: unknown
  fields?: { blockType?: string; image?: unknown }
  children?: Node[]
}

function imagesInBody(node: Node | null | undefined, out: Set<string>): void {
  if (!node || typeof node !== 'object') return
  if (node.type === 'upload' && node.relationTo === 'media') addRef(node.value, out)
  if (node.type === 'block' && node.fields?.blockType === 'figure') addRef(node.fields.image, out)
  for (const child of node.children ?? []) imagesInBody(child, out)
}

function addRef(value: unknown, out: Set<string>): void {
  const id = relationId(value)
  if (id) out.add(id)
}

/** Every image an article shows: cover, OpenGraph image, uploads and figures in the body. */
export function articleImages(doc: Partial<Article> | null | undefined): string[] {
  const out = new Set<string>()
  if (!doc) return []
  addRef(doc.cover, out)
  addRef(doc.meta?.image, out)
  imagesInBody(doc.body?.root as Node | undefined, out)
  return [...out]
}

/**
 * An image is public exactly while some published article shows it. Counted from the stored
 * articles (one image may serve several) through the `images` field that the save keeps.
 */
export async function refreshImageVisibility(req: PayloadRequest, ids: Iterable<string>): Promise<void> {
  for (const id of new Set(ids)) {
    const { totalDocs } = await req.payload.count({
      collection: 'articles',
      where: { and: [{ images: { in: [id] } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
      req,
    })
    const image = await req.payload.db.findOne<Media>({ collection: 'media', where: { id: { equals: id } }, req })
    if (!image) continue
    const isPublic = totalDocs > 0
    if (Boolean(image.isPublic) !== isPublic) {
      await req.payload.update({ collection: 'media', id, data: { isPublic }, overrideAccess: true, req, depth: 0 })
    }
  }
}

const STORED = 'articleImagesBefore'

/** Lists the article's images in `images`, and remembers what the stored (public) version showed. */
export const listImages: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  data.images = articleImages({ ...(originalDoc ?? {}), ...data })
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const stored = await req.payload.db.findOne<Article>({
      collection: 'articles',
      where: { id: { equals: originalDoc.id } },
      req,
    })
    context[STORED] = {
      published: stored?._status === 'published',
      images: (stored?.images ?? []).map((i) => relationId(i)).filter((i): i is string => Boolean(i)),
    }
  }
  return data
}

export const shareImages: CollectionAfterChangeHook<Article> = async ({ doc, req, context }) => {
  const before = context[STORED] as { published: boolean; images: string[] } | undefined
  // A draft saved over an unpublished article changes nothing the public sees.
  if (doc._status !== 'published' && !before?.published) return doc
  await refreshImageVisibility(req, [...articleImages(doc), ...(before?.images ?? [])])
  return doc
}

export const unshareImagesOnDelete: CollectionAfterDeleteHook<Article> = async ({ doc, req }) => {
  await refreshImageVisibility(req, articleImages(doc))
  return doc
}
