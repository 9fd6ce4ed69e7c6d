import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

const REFUSED = 'Nhật ký hồ sơ chỉ được ghi thêm; không ai được sửa hoặc xóa một dòng nhật ký.'

/** Access already says no to everyone; these hooks also stop server code run with overrideAccess. */
export const refuseEventUpdate: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') throw new APIError(REFUSED, 403, null, true)
  return data
}

export const refuseEventDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError(REFUSED, 403, null, true)
}
