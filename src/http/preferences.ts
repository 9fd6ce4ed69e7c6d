import type { Payload } from 'payload'
import { errorJson } from './apiErrors'

const PREFERENCES = 'payload-preferences'

/**
 * `DELETE /api/payload-preferences/:key`. Payload's own handler builds a query the SQLite
 * adapter cannot run (it filters on the polymorphic `user` relation inside a delete), so
 * every delete ended in a server error. The same rule, done as a find then a delete by id:
 * only the signed-in user's own preference, 404 when there is none.
 */
export async function deleteOwnPreference(payload: Payload, request: Request, key: string): Promise<Response> {
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return errorJson(401, 'Vui lòng đăng nhập.')
  const found = await payload.find({
    collection: PREFERENCES,
    where: {
      and: [
        { key: { equals: key } },
        { 'user.value': { equals: user.id } },
        { 'user.relationTo': { equals: user.collection } },
      ],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const preference = found.docs[0]
  if (!preference) return errorJson(404, 'Không tìm thấy tùy chọn này.')
  await payload.delete({ collection: PREFERENCES, id: preference.id, overrideAccess: true })
  return Response.json({ message: 'Đã xóa tùy chọn.', doc: preference })
}
