import { describe, expect, it } from 'vitest'
import { fileCacheControl, fileRouteOf, isAnonymous, isNotModified, weakEtag } from '@/http/fileCaching'

const req = (headers: Record<string, string>) => new Request('http://localhost/api/media/file/a.jpg', { headers })

describe('file caching', () => {
  it('finds file routes only', () => {
    expect(fileRouteOf(['media', 'file', 'anh%20mot-640x360.webp'])).toEqual({
      collection: 'media',
      filename: 'anh mot-640x360.webp',
    })
    expect(fileRouteOf(['media', 'abc'])).toBeNull()
    expect(fileRouteOf(['media', 'file'])).toBeNull()
  })

  it('lets shared caches keep public images, and image sizes for a year', () => {
    expect(fileCacheControl('media', 'anh-640x360.webp', true)).toBe('public, max-age=31536000, immutable')
    expect(fileCacheControl('media', 'anh.jpg', true)).toBe('public, max-age=3600, must-revalidate')
    expect(fileCacheControl('document-files', 'ke-hoach.pdf', true)).toBe('public, max-age=3600, must-revalidate')
    expect(fileCacheControl('document-files', 'ke-hoach.pdf', false)).toBe('private, no-cache')
    expect(fileCacheControl('dossier-files', 'scan.pdf', true)).toBe('private, no-cache')
  })

  it('answers 304 to a matching ETag, else to an unchanged If-Modified-Since', () => {
    const etag = weakEtag(1234, 1_700_000_000_123)
    const mtime = new Date(1_700_000_000_123)
    expect(isNotModified(req({ 'if-none-match': etag }), etag, mtime)).toBe(true)
    expect(isNotModified(req({ 'if-none-match': `"x", ${etag.slice(2)}` }), etag, mtime)).toBe(true)
    expect(
      isNotModified(req({ 'if-none-match': '"other"', 'if-modified-since': mtime.toUTCString() }), etag, mtime),
    ).toBe(false)
    expect(isNotModified(req({ 'if-modified-since': mtime.toUTCString() }), etag, mtime)).toBe(true)
    expect(isNotModified(req({ 'if-modified-since': new Date(1_600_000_000_000).toUTCString() }), etag, mtime)).toBe(
      false,
    )
    expect(isNotModified(req({}), etag, mtime)).toBe(false)
  })

  it('tells the public from a logged-in request', () => {
    expect(isAnonymous(req({}))).toBe(true)
    expect(isAnonymous(req({ cookie: 'payload-lng=vi' }))).toBe(true)
    expect(isAnonymous(req({ cookie: 'a=b; payload-token=xyz' }))).toBe(false)
    expect(isAnonymous(req({ authorization: 'JWT xyz' }))).toBe(false)
  })
})
