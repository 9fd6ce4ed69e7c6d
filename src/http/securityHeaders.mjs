/**
 * Browser protections for every response (read by next.config.mjs, so plain JavaScript).
 *
 * The Content-Security-Policy allows only this site's own scripts, styles, images, fonts and
 * connections, no plugins, no foreign forms or <base>, and no framing by another site.
 * 'unsafe-inline' stays in script-src and style-src: Next.js writes its page data as inline
 * scripts and React, Payload's admin and Lexical set inline styles, and pages served from a
 * cache cannot carry a per-request nonce. The admin also loads its JSON viewer (Monaco) from
 * cdn.jsdelivr.net, the only foreign source allowed, and only under /admin.
 */
const dev = process.env.NODE_ENV !== 'production'

/** @param {{ frameAncestors: string, scripts?: string[], styles?: string[], fonts?: string[] }} o */
function contentSecurityPolicy({ frameAncestors, scripts = [], styles = [], fonts = [] }) {
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : []), ...scripts],
    'style-src': ["'self'", "'unsafe-inline'", ...styles],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:', ...fonts],
    'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'self'"],
    'media-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': [frameAncestors],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Browsers ignore HSTS over plain HTTP, so it is safe to send whenever the build is for production.
  ...(dev ? [] : [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]),
]

const monaco = 'https://cdn.jsdelivr.net'

/** next.config `headers()` entries: the admin and the API are never framed; the site only by itself (live preview). */
export function securityHeaders() {
  return [
    {
      source: '/:path*',
      headers: [
        ...common,
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        { key: 'Content-Security-Policy', value: contentSecurityPolicy({ frameAncestors: "'self'" }) },
      ],
    },
    {
      source: '/admin/:path*',
      headers: [
        { key: 'X-Frame-Options', value: 'DENY' },
        {
          key: 'Content-Security-Policy',
          value: contentSecurityPolicy({
            frameAncestors: "'none'",
            scripts: [monaco],
            styles: [monaco],
            fonts: [monaco],
          }),
        },
      ],
    },
    {
      source: '/admin',
      headers: [
        { key: 'X-Frame-Options', value: 'DENY' },
        {
          key: 'Content-Security-Policy',
          value: contentSecurityPolicy({
            frameAncestors: "'none'",
            scripts: [monaco],
            styles: [monaco],
            fonts: [monaco],
          }),
        },
      ],
    },
    {
      source: '/api/:path*',
      headers: [
        { key: 'X-Frame-Options', value: 'DENY' },
        { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" },
      ],
    },
  ]
}
