import type { AfterErrorHook } from 'payload'
import { clientMistake, newRequestId, REQUEST_ID_HEADER, serverFaultMessage } from './apiErrors'

type GraphQLResult = { message?: string; extensions?: Record<string, unknown> }

/**
 * Payload's last word on an API error (REST, and each error of a GraphQL answer): a client's
 * mistake that reached a server error is answered as the 4xx it is; a real fault is logged with
 * the request id, which the answer names instead of any detail. GraphQL wraps the error Payload
 * threw: its status is the original's.
 */
export const answerInApiShape: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  const status = (original as { status?: number }).status ?? (error as { status?: number }).status ?? 500
  if (status < 500) return
  const gql = graphqlResult as GraphQLResult | undefined
  const mistake = clientMistake(original)
  if (mistake) {
    if (gql)
      return {
        graphqlResult: {
          ...gql,
          message: mistake.message,
          extensions: { ...gql.extensions, statusCode: mistake.status },
        },
      }
    return { status: mistake.status, response: { errors: [{ message: mistake.message }] } }
  }
  const requestId = req?.headers?.get(REQUEST_ID_HEADER) ?? newRequestId()
  req?.payload?.logger.error({
    err: error,
    requestId,
    msg: `Lỗi máy chủ (mã yêu cầu ${requestId}) ${req.method ?? ''} ${req.pathname ?? ''}`,
  })
  if (gql) return { graphqlResult: { ...gql, message: serverFaultMessage(requestId) } }
  return { status: 500, response: { errors: [{ message: serverFaultMessage(requestId) }] } }
}
