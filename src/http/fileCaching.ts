import fs from 'node:fs/promises'
import path from 'node:path'
import type { SanitizedConfig } from 'payload'

/**
 * HTTP caching of uploaded files served by Payload (`/api/<collection>/file/<name>`), which
 * sends neither validators nor a cache policy: an ETag and Last-Modified from the file on
 * disk, 304 to a browser that already has it, and a Cache-Control that only lets shared
 * caches keep what the public may read.
 */

/** `/api/media/file/anh-640x360.webp` → ['media', 'file', 'anh-640x360.webp'] */
export function fileRouteOf(slug: string[]): { collection: string; filename: string } | null {
  if (slug.length !== 3 || slug[1] !== 'file' || !slug[2]) return null
  return { collection: slug[0], filename: decodeURIComponent(slug[2]) }
}

/** Public images are never rewritten in place under a size's name (dimensions are in it). */
const IMAGE_SIZE = /-\d+x\d+\.[a-z0-9]+$/i

export function fileCacheControl(collection: string, filename: string, anonymous: boolean): string {
  if (!anonymous) return 'private, no-cache'
  if (collection === 'media' && IMAGE_SIZE.test(filename)) return 'public, max-age=31536000, immutable'
  if (collection === 'media' || collection === 'document-files') return 'public, max-age=3600, must-revalidate'
  return 'private, no-cache'
}

export const weakEtag = (size: number, mtimeMs: number) =>
  `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`

/** RFC 9110 §13.1: If-None-Match wins over If-Modified-Since. */
export function isNotModified(request: Request, etag: string, lastModified: Date): boolean {
  const inm = request.headers.get('if-none-match')
  if (inm) {
    const bare = (t: string) => t.trim().replace(/^W\//, '')
    return inm === '*' || inm.split(',').some((t) => bare(t) === bare(etag))
  }
  const ims = Date.parse(request.headers.get('if-modified-since') ?? '')
  return Number.isFinite(ims) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(ims / 1000)
}

export const isAnonymous = (request: Request) =>
  !request.headers.get('authorization') && !/(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/**
 * Adds validators and a cache policy to Payload's answer for a file (already access
 * checked), or turns it into a 304.
 */
export async function withFileCaching(
  request: Request,
  response: Response,
  route: { collection: string; filename: string },
  config: SanitizedConfig,
): Promise<Response> {
  if (response.status !== 200 && response.status !== 206) return response
  const upload = config.collections.find((c) => c.slug === route.collection)?.upload
  const dir = upload && typeof upload === 'object' ? upload.staticDir : undefined
  if (!dir) return response
  const root = path.resolve(dir)
  const file = path.resolve(root, route.filename)
  if (!file.startsWith(root + path.sep)) return response
  const stat = await fs.stat(file).catch(() => null)
  if (!stat) return response
  const headers = new Headers(response.headers)
  const etag = weakEtag(stat.size, stat.mtimeMs)
  headers.set('ETag', etag)
  headers.set('Last-Modified', stat.mtime.toUTCString())
  headers.set('Cache-Control', fileCacheControl(route.collection, route.filename, isAnonymous(request)))
  if (response.status === 200 && isNotModified(request, etag, stat.mtime)) {
    await response.body?.cancel()
    for (const h of ['content-length', 'content-type', 'accept-ranges', 'content-disposition']) headers.delete(h)
    return new Response(null, { status: 304, headers })
  }
  return new Response(response.body, { status: response.status, headers })
}
