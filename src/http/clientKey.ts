import { createHash } from 'node:crypto'
import { peerAddressHeader } from './peerAddress'

/**
 * The address of the client behind a request. `X-Forwarded-For` and `X-Real-IP` are written
 * by whoever sends the request, so they count only behind a proxy that overwrites them
 * (TRUST_PROXY=1); otherwise the connection's own address is used.
 */
export function clientAddress(headers: Headers | undefined, trustProxy = process.env.TRUST_PROXY === '1'): string {
  if (!headers) return ''
  if (trustProxy) {
    const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip')?.trim()
    if (forwarded) return forwarded
  }
  const peer = peerAddressHeader()
  return (peer && headers.get(peer)) || ''
}

/** A stable, non-reversible key for the client behind a request, for rate limits. */
export function clientKey(headers: Headers | undefined): string {
  const ip = clientAddress(headers) || 'unknown'
  return createHash('sha256').update(ip).digest('hex').slice(0, 24)
}
