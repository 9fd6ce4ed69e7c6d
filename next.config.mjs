import { withPayload } from '@payloadcms/next/withPayload'
import { securityHeaders } from './src/http/securityHeaders.mjs'
import { fileURLToPath } from 'node:url'

// The district works in Vietnam's time: server-rendered admin lists and dates agree with it.
process.env.TZ = process.env.TZ || 'Asia/Ho_Chi_Minh'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Metadata in <head> for every client, not streamed into <body>: a page that turns out not
  // to exist is then answered as a whole 404 document, readable without JavaScript.
  htmlLimitedBots: /.*/,
  images: { unoptimized: true },
  // globalNotFound: addresses no route knows get the site's Vietnamese 404 (src/app/global-not-found.tsx).
  experimental: { serverActions: { bodySizeLimit: '12mb' }, globalNotFound: true },
  // Types and lint are checked once, by `npm run typecheck` and `npm run lint` (both in CI),
  // not again inside every `next build`, which the tests run.
  typescript: { ignoreBuildErrors: true },
  eslint: { ignoreDuringBuilds: true },
  async headers() {
    return securityHeaders()
  },
  // The public documents' own addresses are /van-ban…; the rewrites' targets are not linked.
  async redirects() {
    return [{ source: '/cong-khai/:path*', destination: '/:path*', permanent: false }]
  },
  // Pages and cached reads live in one store: this process's memory, or Redis when REDIS_URL
  // is set (shared by every instance). Tags invalidate them; nothing expires by time.
  cacheHandler: fileURLToPath(new URL('./src/cache/handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ['ioredis'],
  // Query-string pages of cached listings are rewritten to path segments, so each page is a
  // static page of its own in the cache (a page that reads searchParams is rendered every time).
  //
  // Documents: staff see internal ones at the same addresses, so `/van-ban` reads as the
  // request's reader and is rendered per request. The public's requests (no login, no
  // preview, no filter but the page) go to `/cong-khai/van-ban…`, the same views read as
  // nobody, rendered once and cached (src/app/(site)/van-ban/views.tsx).
  async rewrites() {
    const query = (key, pattern) => [{ type: 'query', key, value: `(?<${key}>${pattern})` }]
    const publicReader = [
      { type: 'cookie', key: 'payload-token' },
      { type: 'cookie', key: '__prerender_bypass' },
      { type: 'header', key: 'authorization' },
    ]
    const noFilter = ['loai', 'co-quan', 'nam', 'tinh-trang'].map((key) => ({ type: 'query', key }))
    return {
      beforeFiles: [
        {
          source: '/van-ban',
          has: query('trang', '\\d{1,5}'),
          missing: [...publicReader, ...noFilter],
          destination: '/cong-khai/van-ban/trang/:trang',
        },
        {
          source: '/van-ban',
          missing: [...publicReader, ...noFilter, { type: 'query', key: 'trang' }],
          destination: '/cong-khai/van-ban',
        },
        { source: '/van-ban/:slug', missing: publicReader, destination: '/cong-khai/van-ban/:slug' },
        { source: '/', has: query('trang', '\\d{1,5}'), destination: '/trang/:trang' },
        { source: '/chuyen-muc/:slug', has: query('trang', '\\d{1,5}'), destination: '/chuyen-muc/:slug/trang/:trang' },
        { source: '/tac-gia/:slug', has: query('trang', '\\d{1,5}'), destination: '/tac-gia/:slug/trang/:trang' },
        { source: '/tien-do', has: query('nam', '[^/]*'), destination: '/tien-do/nam/:nam' },
      ],
    }
  },
}

// Public pages, outside the admin, the API and Next's own assets.
const SITE_PAGES = '/((?!admin|api|_next|xem-truoc).*)'
const LOGGED_IN = [{ type: 'cookie', key: 'payload-token' }]

/**
 * Browsers may keep public pages (so back/forward is instant) but ask again each time,
 * getting a 304 while the page is unchanged (Next.js sends the ETag); a logged-in reader's
 * pages stay private. Draft previews are sent no-store by Next.js itself.
 */
const pageCaching = [
  {
    source: SITE_PAGES,
    missing: LOGGED_IN,
    headers: [{ key: 'Cache-Control', value: 'public, max-age=0, must-revalidate' }],
  },
  { source: SITE_PAGES, has: LOGGED_IN, headers: [{ key: 'Cache-Control', value: 'private, no-cache' }] },
]

/**
 * Payload asks every page for the colour-scheme client hint with Critical-CH, which makes
 * Chromium load each first page twice. Only the admin uses it.
 */
function clientHintsForAdminOnly(config) {
  const payloadHeaders = config.headers
  return {
    ...config,
    headers: async () => {
      const rules = (await payloadHeaders()).flatMap((rule) =>
        rule.headers.some((h) => h.key === 'Critical-CH')
          ? [
              { ...rule, source: '/admin' },
              { ...rule, source: '/admin/:path*' },
            ]
          : [rule],
      )
      return [...rules, ...pageCaching]
    },
  }
}

export default clientHintsForAdminOnly(withPayload(nextConfig, { devBundleServerPackages: false }))
