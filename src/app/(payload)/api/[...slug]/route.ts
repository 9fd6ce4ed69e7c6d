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

export const GET = guardApiRoute(config, REST_GET(config) as RouteHandler)
export const POST = guardApiRoute(config, REST_POST(config) as RouteHandler)
export const DELETE = guardApiRoute(config, REST_DELETE(config) as RouteHandler)
export const PATCH = guardApiRoute(config, REST_PATCH(config) as RouteHandler)
export const PUT = guardApiRoute(config, REST_PUT(config) as RouteHandler)
export const OPTIONS = REST_OPTIONS(config)
