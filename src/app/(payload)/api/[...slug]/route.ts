import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { guardApiRoute, type RouteHandler } from '@/http/guardApiRoute'
import { fileRouteOf, withFileCaching } from '@/http/fileCaching'

const restGet = guardApiRoute(config, REST_GET(config) as RouteHandler)

/** Files get validators (ETag, Last-Modified), 304 and a cache policy; see src/http/fileCaching.ts. */
export const GET: RouteHandler = async (request, context) => {
  const response = await restGet(request, context)
  const file = fileRouteOf((await context.params).slug ?? [])
  return file ? withFileCaching(request, response, file, await config) : response
}

/** HEAD is answered as GET would be, without the body (Payload itself only answers GET). */
export const HEAD: RouteHandler = async (request, context) => {
  const response = await GET(new Request(request.url, { method: 'GET', headers: request.headers }), context)
  await response.body?.cancel()
  return new Response(null, { status: response.status, headers: response.headers })
}
export const POST = guardApiRoute(config, REST_POST(config) as RouteHandler)
export const DELETE = guardApiRoute(config, REST_DELETE(config) as RouteHandler)
export const PATCH = guardApiRoute(config, REST_PATCH(config) as RouteHandler)
export const PUT = guardApiRoute(config, REST_PUT(config) as RouteHandler)
export const OPTIONS = REST_OPTIONS(config)
