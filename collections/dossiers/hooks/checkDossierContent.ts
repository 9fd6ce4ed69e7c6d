import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { assertMayActFor } from '@/access/organizationScope'
import { relationId } from '@/fields/relationships'
import { assignPlanCodes, evaluationProblems, referencedIndicators } from '@/workflow'
import { assertIndicatorsExist } from '@/workflow/server/indicators'

/**
 * A dossier belongs to one organisation and one year, for good; it points only at indicators
 * the catalogue has; its measures keep their codes; its evaluations name real measures.
 */
export const checkDossierContent: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const org = relationId(data.organization ?? originalDoc?.organization)
  const year = Number(data.year ?? originalDoc?.year)
  if (operation === 'update') {
    if (data.organization !== undefined && relationId(data.organization) !== relationId(originalDoc?.organization)) {
      throw new APIError(
        'Không được chuyển hồ sơ sang tổ chức khác. Hãy lập hồ sơ mới cho tổ chức đó.',
        400,
        null,
        true,
      )
    }
    if (data.year !== undefined && Number(data.year) !== Number(originalDoc?.year)) {
      throw new APIError('Không được đổi năm của hồ sơ. Hãy lập hồ sơ mới cho năm đó.', 400, null, true)
    }
  }
  if (!org) throw new APIError('Cần chọn tổ chức đảng của hồ sơ.', 400, null, true)
  // Someone filing for an organisation not theirs learns nothing else about the dossier they sent.
  if (operation === 'create' && req.user) await assertMayActFor(req, org, 'lập hồ sơ')
  if (!Number.isInteger(year)) throw new APIError('Cần ghi năm của hồ sơ.', 400, null, true)

  let organizationName = String(originalDoc?.organizationName ?? '')
  if (operation === 'create') {
    const found = await req.payload.find({
      collection: 'organizations',
      where: { id: { equals: org } },
      select: { name: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (!found.docs[0]) throw new APIError('Không tìm thấy tổ chức đảng đã chọn.', 400, null, true)
    organizationName = String((found.docs[0] as { name?: string }).name ?? '')
    const twin = await req.payload.count({
      collection: 'dossiers',
      where: { and: [{ organization: { equals: org } }, { year: { equals: year } }] },
      overrideAccess: true,
      req,
    })
    if (twin.totalDocs > 0) {
      throw new APIError(
        `${organizationName} đã có hồ sơ năm ${year}. Mỗi tổ chức chỉ có một hồ sơ mỗi năm.`,
        409,
        null,
        true,
      )
    }
  }

  await assertIndicatorsExist(req, referencedIndicators(data))
  if (Array.isArray(data.planItems)) data.planItems = assignPlanCodes(data.planItems)
  const planItems = data.planItems ?? originalDoc?.planItems
  const problems = evaluationProblems(planItems, data.evaluations ?? originalDoc?.evaluations)
  if (problems.length > 0) throw new APIError(problems.map((p) => p.message).join(' '), 400, { problems }, true)

  data.organizationName = organizationName
  data.title = `Hồ sơ năm ${year} — ${organizationName}`
  return data
}
