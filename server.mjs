// The production server (`npm start`): Next.js's own request handler behind a plain Node.js
// HTTP server that first answers public pages from the front cache (src/cache/frontCache.mjs).
// Next.js documents this form as a "custom server"; everything else — routing, middleware,
// rewrites, headers, compression, the admin and the API — is Next.js's, unchanged.
//
//   node server.mjs [-p PORT] [-H HOSTNAME]     (PORT, default 3000; every interface by default)
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import { frontCache } from './src/cache/frontCache.mjs'

function option(short, long) {
  const args = process.argv.slice(2)
  const i = args.findIndex((a) => a === short || a === long)
  return i >= 0 ? args[i + 1] : undefined
}

const port = Number(option('-p', '--port') ?? process.env.PORT ?? 3000)
const hostname = option('-H', '--hostname')
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Cổng không hợp lệ: ${option('-p', '--port') ?? process.env.PORT}`)
  process.exit(1)
}
process.env.NODE_ENV = 'production'
// Read by src/site.ts (links of a server without SERVER_URL) and the middleware (asks this server).
process.env.PORT = String(port)

const dir = path.dirname(fileURLToPath(import.meta.url))
const app = next({ dev: false, dir, port, hostname: hostname ?? 'localhost' })
const handle = app.getRequestHandler()
await app.prepare()

const front = frontCache()
if (front.enabled && process.env.REDIS_URL) await front.listen(process.env.REDIS_URL)

/** Next.js answers what the front cache does not. */
function toNext(req, res) {
  return handle(req, res).catch((err) => {
    console.error(err)
    if (!res.headersSent) {
      res.statusCode = 500
      res.setHeader('content-type', 'text/plain; charset=utf-8')
    }
    res.end('Lỗi máy chủ.')
  })
}

const server = http.createServer((req, res) => front.handle(req, res, toNext))
// Longer than the usual load balancer's idle timeout (60 s), so it is the balancer that closes.
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000

server.listen(port, hostname, () => {
  const where = hostname ?? 'mọi giao diện'
  console.info(`▲ Soi Sửa sẵn sàng: http://${hostname ?? 'localhost'}:${port} (${where})`)
})

function shutdown() {
  server.close(() => process.exit(0))
  // Keep-alive connections would hold close() open; they get a moment, then the process ends.
  setTimeout(() => process.exit(0), 3_000).unref()
  server.closeIdleConnections?.()
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
