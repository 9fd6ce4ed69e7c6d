import { randomUUID } from 'node:crypto'

/**
 * The one error shape of the HTTP API, Payload's own so the admin understands it:
 *   { "errors": [{ "message": "…" }] }
 * with a short Vietnamese message. Every API response carries `X-Request-Id`; a server fault
 * (500) also names that id in its message so a user can quote it and staff find it in the log.
 */
export type ApiErrorBody = { errors: { message: string; field?: string }[] }

export const REQUEST_ID_HEADER = 'x-request-id'

export function newRequestId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 16)
}

export function errorJson(status: number, message: string, headers?: HeadersInit): Response {
  const body: ApiErrorBody = { errors: [{ message }] }
  return Response.json(body, { status, headers })
}

export function serverFaultMessage(requestId: string): string {
  return `Máy chủ gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại sau; nếu lỗi lặp lại, báo quản trị viên mã yêu cầu ${requestId}.`
}

export function notFoundJson(): Response {
  return errorJson(404, 'Không tìm thấy.')
}

const MULTIPART_FAULTS =
  /unexpected end of form|malformed part header|boundary not found|multipart|busboy|part terminated/i

/**
 * Errors thrown below Payload's own checks that are still the client's doing (a body that is
 * not JSON, a broken multipart form, an impossible date, a malformed MongoDB id). Anything
 * else is a server fault.
 */
export function clientMistake(err: unknown): { status: 400 | 404; message: string } | null {
  if (!err || typeof err !== 'object') return null
  const { name = '', message = '' } = err as { name?: string; message?: string }
  if (err instanceof SyntaxError || /JSON/.test(name) || /in JSON at position|Unexpected token .* JSON/.test(message)) {
    return { status: 400, message: 'Nội dung yêu cầu không phải JSON hợp lệ.' }
  }
  if (MULTIPART_FAULTS.test(message)) return { status: 400, message: 'Dữ liệu multipart không hợp lệ.' }
  if (err instanceof RangeError && /time value|date/i.test(message))
    return { status: 400, message: 'Giá trị ngày không hợp lệ.' }
  if (name === 'CastError' || name === 'BSONError') return { status: 404, message: 'Không tìm thấy.' }
  return null
}
