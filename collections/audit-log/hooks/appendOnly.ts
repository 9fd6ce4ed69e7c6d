import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
} from 'payload'

/** Set in `context` by the server's own audit writer and by the retention job, nowhere else. */
export const AUDIT_WRITE = 'auditTrailWrite'
export const AUDIT_PRUNE = 'auditTrailPrune'

const REFUSED = 'Nhật ký thao tác chỉ do hệ thống ghi thêm; không ai được tạo, sửa hoặc xóa một dòng nhật ký.'

/**
 * Access already refuses every door (REST, GraphQL, admin), admins included; these hooks also
 * stop server code that runs with overrideAccess but is not the audit writer.
 */
export const refuseForeignWrite: CollectionBeforeChangeHook = ({ data, operation, context }) => {
  if (operation !== 'create' || context[AUDIT_WRITE] !== true) throw new APIError(REFUSED, 403, null, true)
  return data
}

/** The flag is spent once its row is written, so later writes in the same request do not inherit it. */
export const spendWriteFlag: CollectionAfterChangeHook = ({ doc, context }) => {
  delete context[AUDIT_WRITE]
  return doc
}

/** Only the retention job deletes, and only rows past the retention period (it chooses them). */
export const refuseForeignDelete: CollectionBeforeDeleteHook = ({ context }) => {
  if (context[AUDIT_PRUNE] !== true) throw new APIError(REFUSED, 403, null, true)
}
