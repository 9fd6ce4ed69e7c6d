import { APIError, type PayloadRequest } from 'payload'
import type { Id } from '../guards'

/** Indicator codes ("TT-01") by id: what the user reads in place of ids in messages. */
export async function indicatorCodes(req: PayloadRequest, ids: Id[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'indicators',
    where: { id: { in: ids.map(String) } },
    select: { code: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((d) => [String(d.id), String((d as { code?: string }).code ?? d.id)]))
}

/** Refuses a save that points at indicators the catalogue does not have. */
export async function assertIndicatorsExist(req: PayloadRequest, ids: Id[]): Promise<void> {
  const known = await indicatorCodes(req, ids)
  const unknown = ids.map(String).filter((id) => !known.has(id))
  if (unknown.length > 0) {
    throw new APIError(
      `Không tìm thấy biểu hiện trong danh mục (mã định danh: ${unknown.join(', ')}). Hãy chọn biểu hiện từ danh mục.`,
      400,
      { unknownIndicators: unknown },
      true,
    )
  }
}
