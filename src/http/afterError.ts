import type { AfterErrorHook } from 'payload'
import { clientMistake, newRequestId, REQUEST_ID_HEADER, serverFaultMessage } from './apiErrors'

/**
 * Payload's last word on a REST error: a client's mistake that reached a server error is
 * answered as the 4xx it is; a real fault is logged with the request id, which the answer
 * names instead of any detail.
 */
export const answerInApiShape: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500) return
  const mistake = clientMistake(error)
  if (mistake) return { status: mistake.status, response: { errors: [{ message: mistake.message }] } }
  const requestId = req?.headers?.get(REQUEST_ID_HEADER) ?? newRequestId()
  req?.payload?.logger.error({
    err: error,
    requestId,
    msg: `Lỗi máy chủ (mã yêu cầu ${requestId}) ${req.method ?? ''} ${req.pathname ?? ''}`,
  })
  return { status: 500, response: { errors: [{ message: serverFaultMessage(requestId) }] } }
}
