import { createHash } from 'node:crypto'

/**
 * The address of the client behind a request, as the server may believe it: behind a trusted
 * proxy set TRUST_PROXY=1 so the first X-Forwarded-For address is used. Rate limits and the
 * audit trail both read it here.
 */
export function clientAddress(headers: Headers | undefined): string {
  let ip = ''
  if (headers) {
    if (process.env.TRUST_PROXY === '1') ip = headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? ''
    ip ||= headers.get('x-real-ip') ?? ''
    ip ||= headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? ''
  }
  return ip || 'local'
}

/** A stable, non-reversible key for the client behind a request, for rate limits. */
export function clientKey(headers: Headers | undefined): string {
  return createHash('sha256').update(clientAddress(headers)).digest('hex').slice(0, 24)
}
