/**
 * Cross-site request forgery guard for cookie-authenticated writes. A browser attaches the
 * login cookie to a form or fetch from any site, but always says where the request comes
 * from (`Origin`, or at least `Sec-Fetch-Site`). Payload's own check only works with
 * `SERVER_URL` set; this one compares with the address the request was sent to, so it holds
 * in development too. Requests carrying `Authorization` (JWT, Bearer, API key) are not
 * forgeable by another site (the header needs a CORS preflight) and are left alone.
 */
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])
const LOGIN_COOKIE = /(?:^|;\s*)payload-token=/

function hostOf(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    return new URL(value).host.toLowerCase()
  } catch {
    return null
  }
}

export function isCrossSiteCookieWrite(
  method: string,
  headers: Headers,
  options: { serverUrl?: string; trustProxy?: boolean } = {},
): boolean {
  if (!WRITE_METHODS.has(method.toUpperCase())) return false
  if (headers.get('authorization')) return false
  if (!LOGIN_COOKIE.test(headers.get('cookie') ?? '')) return false
  const origin = headers.get('origin')
  if (origin) {
    const from = hostOf(origin)
    if (!from) return true
    const forwardedHost = options.trustProxy ? headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined
    const targets = [forwardedHost, headers.get('host'), hostOf(options.serverUrl)]
    return !targets.some((t) => t && t.toLowerCase() === from)
  }
  return headers.get('sec-fetch-site') === 'cross-site'
}

export const CROSS_SITE_MESSAGE = 'Yêu cầu gửi từ trang web khác bị từ chối.'
