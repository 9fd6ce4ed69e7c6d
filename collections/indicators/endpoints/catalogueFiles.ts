import {
  addDataAndFileToRequest,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type TypedUser,
} from 'payload'
import { hasRole, type RoleUser } from '@/access'
import { catalogueToCsv, catalogueToJson } from '@/catalogue/exportFile'
import { parseCatalogueCsv, parseCatalogueJson } from '@/catalogue/parse'
import { exportCatalogue, loadExistingCatalogue, writeCatalogueImport } from '@/catalogue/store'
import { validateCatalogueImport } from '@/catalogue/validate'
import { DOCUMENT_EDITOR_ROLES } from '@/documents/access'

const MAX_IMPORT_BYTES = 5 * 1024 * 1024

const fail = (status: number, message: string, extra: Record<string, unknown> = {}) =>
  Response.json({ errors: [{ message }], message, ...extra }, { status })

type ImportInput = { format?: string; content?: string; dryRun?: boolean | string }

/**
 * POST /api/indicators/import — a CSV or JSON file (multipart field `file`, or a JSON body
 * `{ format, content }`). Every row is checked first; if any is rejected nothing is
 * written and the report says which rows and why. `dryRun` only checks.
 */
export const importCatalogueEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user as RoleUser, ...DOCUMENT_EDITOR_ROLES))
      return fail(403, 'Bạn không có quyền nhập danh mục biểu hiện.')
    try {
      await addDataAndFileToRequest(req)
    } catch {
      return fail(400, 'Không đọc được dữ liệu gửi lên.')
    }
    const input = (req.data ?? {}) as ImportInput
    let content = typeof input.content === 'string' ? input.content : ''
    let format = String(input.format ?? req.searchParams.get('format') ?? '').toLowerCase()
    if (req.file) {
      if (req.file.size > MAX_IMPORT_BYTES) return fail(413, 'Tệp nhập quá lớn (tối đa 5 MB).')
      content = Buffer.from(req.file.data).toString('utf8')
      if (!format) format = /\.json$/i.test(req.file.name) || req.file.mimetype === 'application/json' ? 'json' : 'csv'
    }
    if (!content.trim()) return fail(400, 'Chưa có tệp CSV hoặc JSON để nhập.')
    if (Buffer.byteLength(content) > MAX_IMPORT_BYTES) return fail(413, 'Tệp nhập quá lớn (tối đa 5 MB).')
    if (format !== 'csv' && format !== 'json') return fail(400, 'Định dạng phải là CSV hoặc JSON.')
    const dryRun = input.dryRun === true || input.dryRun === 'true' || req.searchParams.get('dryRun') === '1'

    const parsed = format === 'json' ? parseCatalogueJson(content) : parseCatalogueCsv(content)
    const existing = await loadExistingCatalogue(req)
    const report = validateCatalogueImport(parsed, existing)
    const summary = { accepted: report.accepted, rejected: report.rejected, fileErrors: report.fileErrors }
    if (!report.ok) {
      const n = report.rejected.length
      const message = report.fileErrors.length
        ? `Không nhập: ${report.fileErrors.join(' ')}`
        : `Không nhập: ${n} dòng bị từ chối, danh mục giữ nguyên. ${report.rejected.map((r) => `${r.ref}: ${r.reasons.join('; ')}`).join(' | ')}`
      return fail(422, message, { report: summary })
    }
    if (dryRun) {
      return Response.json({
        message: `Tệp hợp lệ: ${report.accepted.length} dòng có thể nhập.`,
        dryRun: true,
        report: summary,
      })
    }

    const owns = await initTransaction(req)
    try {
      const counts = await writeCatalogueImport(req, report, existing)
      if (owns) await commitTransaction(req)
      return Response.json({
        message: `Đã nhập ${report.accepted.length} dòng: ${counts.created} biểu hiện mới, ${counts.updated} cập nhật; ${counts.groupsCreated} nhóm mới.`,
        counts,
        report: summary,
      })
    } catch (e) {
      if (owns) await killTransaction(req)
      req.payload.logger.error({ err: e }, 'Nhập danh mục biểu hiện thất bại')
      return fail(409, `Không nhập được, danh mục giữ nguyên: ${(e as Error).message}`)
    }
  },
}

/** GET /api/indicators/export?format=csv|json — the catalogue as the reader may see it. */
export const exportCatalogueEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const format = (req.searchParams.get('format') ?? 'csv').toLowerCase()
    if (format !== 'csv' && format !== 'json') return fail(400, 'Định dạng phải là csv hoặc json.')
    const data = await exportCatalogue(req.payload, (req.user as TypedUser) ?? null)
    const body = format === 'json' ? catalogueToJson(data) : catalogueToCsv(data)
    return new Response(body, {
      headers: {
        'Content-Type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="danh-muc-bieu-hien.${format}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
