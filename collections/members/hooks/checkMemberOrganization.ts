import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { assertMayActFor } from '@/access/organizationScope'
import { relationId } from '@/fields/relationships'

/** Members are filed, and moved, only within the organisations the officer acts for. */
export const checkMemberOrganization: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (!req.user || !data) return data
  const org = relationId(data.organization ?? originalDoc?.organization)
  if (!org) throw new APIError('Cần chọn chi bộ (tổ chức đảng) của đảng viên.', 400, null, true)
  if (operation === 'create' || org !== relationId(originalDoc?.organization)) {
    const found = await req.payload.count({
      collection: 'organizations',
      where: { id: { equals: org } },
      overrideAccess: true,
      req,
    })
    if (found.totalDocs === 0) throw new APIError('Không tìm thấy tổ chức đảng đã chọn.', 400, null, true)
    await assertMayActFor(req, org, 'quản lý đảng viên')
  }
  return data
}
