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
import { isUnservedApiPath, notFoundJson } from '@/http/apiGuard'

type Context = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, context: Context) => Promise<Response>

const guarded =
  (handler: Handler): Handler =>
  async (request, context) => {
    const { slug } = await context.params
    if (isUnservedApiPath(slug ?? [], await config)) return notFoundJson()
    return handler(request, context)
  }

export const GET = guarded(REST_GET(config) as Handler)
export const POST = guarded(REST_POST(config) as Handler)
export const DELETE = guarded(REST_DELETE(config) as Handler)
export const PATCH = guarded(REST_PATCH(config) as Handler)
export const PUT = guarded(REST_PUT(config) as Handler)
export const OPTIONS = REST_OPTIONS(config)
