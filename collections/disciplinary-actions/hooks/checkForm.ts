import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { DISCIPLINE_FORMS, formsFor, type SubjectType } from '@/progress/inspections'

/**
 * The form must be one the Party Statute allows for the subject (no expulsion of an
 * organisation, no dissolution of a member). A decision linked to indicators relates to
 * degradation whatever the box says: the tally must not lose it.
 */
export const checkForm: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  const subject = merged.subjectType as SubjectType
  const form = merged.form as string
  if (!formsFor(subject).some((f) => f === form)) {
    const allowed = formsFor(subject).map((f) => DISCIPLINE_FORMS.find((x) => x.value === f)!.label.toLowerCase())
    const who = subject === 'organization' ? 'tổ chức đảng' : 'đảng viên'
    throw new APIError(
      `Hình thức kỷ luật không phù hợp với ${who}: chỉ được chọn ${allowed.join(', ')}.`,
      400,
      null,
      true,
    )
  }
  const indicators = merged.relatedIndicators
  if (Array.isArray(indicators) && indicators.length > 0) data.relatedToDegradation = true
  return data
}
