import { createHash } from 'node:crypto'

/**
 * A stable, non-reversible key for the client behind a request, for rate limits. Behind a
 * trusted proxy set TRUST_PROXY=1 so the first X-Forwarded-For address is used.
 */
export function clientKey(headers: Headers | undefined): string {
  let ip = ''
  if (headers) {
    if (process.env.TRUST_PROXY === '1') ip = headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? ''
    ip ||= headers.get('x-real-ip') ?? ''
    ip ||= headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? ''
  }
  ip ||= 'local'
  return createHash('sha256').update(ip).digest('hex').slice(0, 24)
}
