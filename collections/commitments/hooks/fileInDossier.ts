import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { referencedIndicators } from '@/workflow'
import { assertIndicatorsExist } from '@/workflow/server/indicators'
import { assertMemberOf, loadParentDossier } from '@/workflow/server/parentDossier'

/** A commitment sits in its organisation's dossier of the year, one per member. */
export const fileCommitmentInDossier: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const dossier = await loadParentDossier(req, data.dossier ?? originalDoc?.dossier, 'lập phiếu cam kết', {
    checkScope:
      operation === 'create' || (data.dossier !== undefined && String(data.dossier) !== String(originalDoc?.dossier)),
  })
  if (
    operation === 'update' &&
    originalDoc?.dossier &&
    String(data.dossier ?? originalDoc.dossier) !== String(originalDoc.dossier)
  ) {
    // Moving it must also respect the lock of the dossier it leaves.
    await loadParentDossier(req, originalDoc.dossier, 'chuyển phiếu cam kết', { checkScope: true })
  }
  const member = await assertMemberOf(req, data.member ?? originalDoc?.member, dossier)
  const twin = await req.payload.count({
    collection: 'commitments',
    where: {
      and: [
        { member: { equals: member.id } },
        { year: { equals: dossier.year } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (twin.totalDocs > 0) {
    throw new APIError(`Đảng viên ${member.name} đã có phiếu cam kết năm ${dossier.year}.`, 409, null, true)
  }
  await assertIndicatorsExist(req, referencedIndicators(data))
  return {
    ...data,
    organization: dossier.organization,
    year: dossier.year,
    title: `Cam kết năm ${dossier.year} — ${member.name}`,
  }
}
