import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

const handle = GRAPHQL_POST(config)

/**
 * Payload's GraphQL route throws on a JSON body it cannot parse, which would surface as a
 * server error; such a request is the client's mistake and gets a 400.
 */
export async function POST(request: Request): Promise<Response> {
  const type = request.headers.get('content-type') ?? ''
  if (!type.includes('application/json')) return handle(request)
  const body = await request.text()
  try {
    JSON.parse(body)
  } catch {
    return Response.json({ errors: [{ message: 'Nội dung yêu cầu GraphQL không phải JSON hợp lệ.' }] }, { status: 400 })
  }
  return handle(new Request(request, { body }))
}

export const OPTIONS = REST_OPTIONS(config)
