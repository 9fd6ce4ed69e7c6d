import { APIError, type Endpoint, type Where } from 'payload'
import { hasRole, type RoleUser } from '@/access'
import { auditActionLabel } from '@/audit/changes'
import { download } from '@/progress/export'
import { formatDateTime } from '@/vietnamese'

const MAX_ROWS = 100_000
const PAGE = 1000

const fail = (status: number, message: string) => Response.json({ errors: [{ message }], message }, { status })

/**
 * GET /api/audit-log/export[?where…][&format=xlsx] — the rows the admin's list shows with the
 * same filter (the list's `where` query string), newest first, as CSV (default) or XLSX.
 */
export const exportAuditLogEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return fail(401, 'Bạn cần đăng nhập.')
    if (!hasRole(req.user as RoleUser, 'admin')) return fail(403, 'Chỉ quản trị hệ thống được tải nhật ký thao tác.')
    const format = req.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv'
    const where = (req.query?.where ?? {}) as Where
    const rows: (string | number | null)[][] = []
    try {
      for (let page = 1; rows.length < MAX_ROWS; page++) {
        const result = await req.payload.find({
          collection: 'audit-log',
          where,
          sort: '-at',
          depth: 0,
          limit: PAGE,
          page,
          overrideAccess: false,
          user: req.user,
          req,
        })
        for (const d of result.docs) {
          rows.push([
            formatDateTime(d.at),
            d.at,
            auditActionLabel(d.action),
            d.actorEmail ?? '',
            d.collectionSlug ?? '',
            d.recordId ?? '',
            d.recordTitle ?? '',
            d.changedFields ?? '',
            d.detail ?? '',
            d.address ?? '',
          ])
        }
        if (!result.hasNextPage) break
      }
    } catch (error) {
      if (error instanceof APIError && error.status < 500) return fail(400, 'Bộ lọc nhật ký không hợp lệ.')
      throw error
    }
    const stamp = new Date().toISOString().slice(0, 10)
    return download(
      [
        {
          name: 'Nhật ký thao tác',
          headers: [
            'Thời điểm (giờ Việt Nam)',
            'Thời điểm (UTC)',
            'Thao tác',
            'Người thực hiện',
            'Danh mục',
            'Mã bản ghi',
            'Tên bản ghi',
            'Trường đã thay đổi',
            'Chi tiết',
            'Địa chỉ',
          ],
          rows,
          widths: [18, 26, 22, 28, 20, 38, 40, 40, 30, 18],
        },
      ],
      format,
      `nhat-ky-thao-tac-${stamp}`,
      'Nhật ký thao tác',
    )
  },
}
