import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { checkGraphqlQuery } from '@/http/graphqlCheck'
import { guardApiRoute } from '@/http/guardApiRoute'

const handle = GRAPHQL_POST(config)

/**
 * GraphQL goes through the API's one catch (body size, a JSON object, request id); its query
 * is checked for what would turn into a server error before Payload runs it.
 */
export const POST = guardApiRoute(config, async (request) => {
  if ((request.headers.get('content-type') ?? '').includes('application/json')) {
    const body = (await request.clone().json().catch(() => ({}))) as { query?: unknown }
    const problem = checkGraphqlQuery(body.query)
    if (problem) return Response.json({ errors: [{ message: problem.message }] }, { status: problem.status })
  }
  return handle(request)
})

export const OPTIONS = REST_OPTIONS(config)
