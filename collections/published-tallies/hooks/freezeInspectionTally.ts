import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { vietnamDay } from '@/vietnamese'
import { describeInspections, periodOfDays, spansAtLeastOneMonth } from '@/progress/inspections'
import { inspectionSummary, organizationSubtree, SYSTEM, siteCommittees } from '@/progress/queries'

/**
 * The figures of a published tally are taken once, when the period is first set (or changed,
 * or when the editor asks for a recount), and stored: the public sees what the editor saw and
 * approved, not whatever the records say later.
 */
export const freezeInspectionTally: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const from = data.periodFrom ?? originalDoc?.periodFrom
  const to = data.periodTo ?? originalDoc?.periodTo
  if (!from || !to) throw new APIError('Cần chọn từ ngày và đến ngày của kỳ số liệu.', 400, null, true)
  const period = periodOfDays(vietnamDay(from), vietnamDay(to))
  if (!period)
    throw new APIError('Kỳ số liệu không hợp lệ: “từ ngày” phải trước hoặc trùng “đến ngày”.', 400, null, true)
  if (!spansAtLeastOneMonth(vietnamDay(from), vietnamDay(to))) {
    throw new APIError(
      'Kỳ số liệu công bố phải dài ít nhất một tháng, để con số không chỉ ra một trường hợp cụ thể.',
      400,
      null,
      true,
    )
  }
  const periodChanged =
    operation === 'create' ||
    vietnamDay(from) !== vietnamDay(originalDoc?.periodFrom ?? from) ||
    vietnamDay(to) !== vietnamDay(originalDoc?.periodTo ?? to)
  if (periodChanged || data.recount === true || !originalDoc?.figures) {
    // The site's district only, when the tree holds a province of several.
    const { district } = await siteCommittees(req.payload)
    const organizations = district ? await organizationSubtree(req.payload, district) : undefined
    const tally = await inspectionSummary(req.payload, period, SYSTEM, organizations)
    data.figures = tally
    data.sentence = describeInspections(tally)
    data.countedAt = new Date().toISOString()
  } else {
    // Stored figures are the server's to write: a client cannot send its own.
    data.figures = originalDoc.figures
    data.sentence = originalDoc.sentence
    data.countedAt = originalDoc.countedAt
  }
  data.recount = false
  return data
}
