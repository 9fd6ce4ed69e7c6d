import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { committeeReaches, refId } from '@/access/organizationScope'
import { SUBJECT_TYPES } from '@/progress/inspections'
import type { Inspection, Member } from '../../../payload-types'

/** The fields an inspection and a disciplinary decision share for their subject, beside the others. */
type SubjectRecord = Pick<Partial<Inspection>, 'subjectType' | 'organization' | 'member'> & Record<string, unknown>

/**
 * An inspection or a disciplinary decision concerns exactly one organisation or one member:
 * the subject chosen must exist, and the other relationship is cleared so tallies never count
 * a record twice. Also writes the record's title for lists and relationship pickers.
 */
export function checkSubject(
  describe: (data: Record<string, unknown>, subjectName: string) => string,
): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => {
    const merged: SubjectRecord = { ...originalDoc, ...data }
    const type = merged.subjectType
    if (!SUBJECT_TYPES.some((s) => s.value === type)) {
      throw new APIError('Cần chọn đối tượng là tổ chức đảng (tập thể) hay đảng viên.', 400, null, true)
    }
    const collection = type === 'organization' ? 'organizations' : 'members'
    const id = refId(type === 'organization' ? merged.organization : merged.member)
    if (!id) {
      throw new APIError(
        type === 'organization'
          ? 'Cần chọn tổ chức đảng được kiểm tra hoặc bị kỷ luật.'
          : 'Cần chọn đảng viên được kiểm tra hoặc bị kỷ luật.',
        400,
        null,
        true,
      )
    }
    const found = await req.payload.find({
      collection,
      where: { id: { equals: id } },
      select: type === 'organization' ? { name: true } : { name: true, organization: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const subject = found.docs[0] as { name?: string; organization?: Member['organization'] } | undefined
    if (!subject)
      throw new APIError(
        type === 'organization' ? 'Không tìm thấy tổ chức đảng đã chọn.' : 'Không tìm thấy đảng viên đã chọn.',
        400,
        null,
        true,
      )
    const scope = type === 'organization' ? id : refId(subject.organization)
    if (req.user && !(await committeeReaches(req, scope))) {
      throw new APIError('Bạn chỉ ghi hồ sơ kiểm tra, kỷ luật của các tổ chức đảng thuộc cấp ủy mình.', 403, null, true)
    }
    data.scopeOrganization = scope ?? null
    if (type === 'organization') data.member = null
    else data.organization = null
    data.title = describe(merged, subject.name ?? '')
    return data
  }
}
