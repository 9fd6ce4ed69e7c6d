import { getPayload, type SanitizedConfig } from 'payload'
import { isUnservedApiPath } from './apiGuard'
import {
  clientMistake,
  errorJson,
  newRequestId,
  notFoundJson,
  REQUEST_ID_HEADER,
  serverFaultMessage,
} from './apiErrors'
import { deleteOwnPreference } from './preferences'
import { CROSS_SITE_MESSAGE, isCrossSiteCookieWrite } from './origin'
import {
  bodyKind,
  checkFileRoute,
  checkJsonBody,
  checkQuery,
  parseQuery,
  tooLarge,
  type CollectionShape,
  type Refusal,
} from './requestCheck'

type Context = { params: Promise<{ slug?: string[] }> }
export type RouteHandler = (request: Request, context: Context) => Promise<Response>

/** JSON bodies: the largest legitimate one is a 5 MB catalogue import, escaped. */
export const JSON_BODY_LIMIT = 8 * 1024 * 1024
const DEFAULT_UPLOAD_LIMIT = 20 * 1024 * 1024
const MULTIPART_SLACK = 1024 * 1024

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/** The body, read up to `limit` bytes; `null` when it is longer. */
export async function readCapped(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) return null
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) }
  } catch {
    return { ok: false }
  }
}

const invalidJson: Refusal = { status: 400, message: 'Nội dung yêu cầu không phải JSON hợp lệ.' }

/** Reads and checks a request body; a refusal, or the bytes to hand on unchanged. */
export async function checkedBody(
  request: Request,
  uploadLimit: number,
): Promise<Refusal | Uint8Array<ArrayBuffer> | undefined> {
  if (!WRITE_METHODS.has(request.method) || !request.body) return undefined
  const kind = bodyKind(request.headers.get('content-type'))
  if (typeof kind !== 'string') {
    // An empty POST (log out, refresh a token) has nothing to misread.
    const bytes = await readCapped(request, 0)
    return bytes && bytes.length === 0 ? bytes : kind
  }
  const limit = kind === 'multipart' ? uploadLimit + MULTIPART_SLACK : JSON_BODY_LIMIT
  const bytes = await readCapped(request, limit)
  if (!bytes) return tooLarge(limit)
  if (kind === 'json' && bytes.length) {
    const parsed = parseJson(bytes)
    if (!parsed.ok) return invalidJson
    return checkJsonBody(parsed.value) ?? bytes
  }
  if (kind === 'multipart') {
    let form: FormData
    try {
      form = await new Response(bytes, { headers: { 'content-type': request.headers.get('content-type')! } }).formData()
    } catch {
      return { status: 400, message: 'Dữ liệu multipart không hợp lệ.' }
    }
    const data = form.get('_payload')
    if (typeof data === 'string') {
      const parsed = parseJson(new TextEncoder().encode(data))
      if (!parsed.ok) return invalidJson
      const problem = checkJsonBody(parsed.value)
      if (problem) return problem
    }
  }
  return bytes
}

/** Checks of the path and query string of `/api/<slug…>`. */
export function checkApiRequest(
  slug: string[],
  search: string,
  config: Pick<SanitizedConfig, 'collections' | 'globals'>,
): Refusal | null {
  if (isUnservedApiPath(slug, config)) return { status: 404, message: 'Không tìm thấy.' }
  const query = parseQuery(search)
  const collection = (config.collections as CollectionShape[]).find((c) => c.slug === slug[0])
  const problem = checkQuery(query, collection)
  if (problem) return problem
  if (collection?.upload && slug[1] === 'file') return checkFileRoute(slug.slice(2).join('/'), query, collection)
  return null
}

async function logFault(config: Promise<SanitizedConfig>, err: unknown, requestId: string, request: Request) {
  const message = `Lỗi máy chủ (mã yêu cầu ${requestId}) ${request.method} ${new URL(request.url).pathname}`
  try {
    const payload = await getPayload({ config })
    payload.logger.error({ err, requestId, msg: message })
  } catch {
    console.error(message, err)
  }
}

/** Payload answers unknown routes with `{ message }` in English; the API answers in one shape. */
async function sameShape(response: Response): Promise<Response> {
  if (response.status !== 404 && response.status !== 501) return response
  if (!(response.headers.get('content-type') ?? '').includes('json')) return response
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { errors?: unknown } | null
  if (body && !Array.isArray(body.errors)) return notFoundJson()
  return response
}

function withRequestId(response: Response, requestId: string): Response {
  try {
    response.headers.set(REQUEST_ID_HEADER, requestId)
    return response
  } catch {
    // Immutable headers (a Response built elsewhere): copy it.
    const copy = new Response(response.body, response)
    copy.headers.set(REQUEST_ID_HEADER, requestId)
    return copy
  }
}

/**
 * The one catch of the REST API. Every request gets an id; client mistakes that Payload would
 * answer with a server error are refused first with a 4xx in the API's error shape; whatever
 * still throws becomes a 4xx when the client caused it, otherwise a logged 500 naming the id.
 */
export function guardApiRoute(config: Promise<SanitizedConfig>, handler: RouteHandler): RouteHandler {
  return async (request, context) => {
    const requestId = newRequestId()
    try {
      const resolved = await config
      const crossSite = isCrossSiteCookieWrite(request.method, request.headers, {
        serverUrl: resolved.serverURL,
        trustProxy: process.env.TRUST_PROXY === '1',
      })
      if (crossSite) return withRequestId(errorJson(403, CROSS_SITE_MESSAGE), requestId)
      const { slug = [] } = (await context?.params) ?? {}
      const refusal = checkApiRequest(slug, new URL(request.url).search, resolved)
      if (refusal) return withRequestId(errorJson(refusal.status, refusal.message), requestId)
      const uploadLimit = resolved.upload?.limits?.fileSize ?? DEFAULT_UPLOAD_LIMIT
      const body = await checkedBody(request, uploadLimit)
      if (body && !(body instanceof Uint8Array)) return withRequestId(errorJson(body.status, body.message), requestId)
      if (request.method === 'DELETE' && slug[0] === 'payload-preferences' && slug.length === 2) {
        return withRequestId(await deleteOwnPreference(await getPayload({ config }), request, slug[1]!), requestId)
      }
      const headers = new Headers(request.headers)
      headers.set(REQUEST_ID_HEADER, requestId)
      const forwarded = new Request(request, body === undefined ? { headers } : { headers, body })
      const response = await handler(forwarded, context)
      // Payload answers a stored file missing from the disk with a 500 (and logs it); to the client it is not found.
      if (slug[1] === 'file' && response.status === 500)
        return withRequestId(errorJson(404, 'Không tìm thấy tệp.'), requestId)
      return withRequestId(await sameShape(response), requestId)
    } catch (err) {
      const mistake = clientMistake(err)
      if (mistake) return withRequestId(errorJson(mistake.status, mistake.message), requestId)
      await logFault(config, err, requestId, request)
      return withRequestId(errorJson(500, serverFaultMessage(requestId)), requestId)
    }
  }
}
