import { APIError, type PayloadRequest } from 'payload'
import { assertMayActFor, withDescendants } from '@/access/organizationScope'
import { relationId } from '@/fields/relationships'
import { isEditableStage, lockedMessage, type Stage } from '../stages'

export type ParentDossier = { id: string; organization: string; organizationName: string; year: number; stage: Stage }

/**
 * Commitments and files are filed in a dossier: they share its organisation (for access), its
 * year, and its lock (nothing is added or changed once the dossier has left the organisation).
 */
export async function loadParentDossier(
  req: PayloadRequest,
  ref: unknown,
  what: string,
  opts: { checkScope: boolean },
): Promise<ParentDossier> {
  const id = relationId(ref)
  if (!id) throw new APIError('Cần chọn hồ sơ của tổ chức.', 400, null, true)
  const found = await req.payload.find({
    collection: 'dossiers',
    where: { id: { equals: id } },
    select: { organization: true, organizationName: true, year: true, stage: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const doc = found.docs[0] as
    { id: string; organization: unknown; organizationName?: string; year: number; stage: Stage } | undefined
  if (!doc) throw new APIError('Không tìm thấy hồ sơ đã chọn.', 400, null, true)
  const dossier = {
    id: String(doc.id),
    organization: relationId(doc.organization) as string,
    organizationName: String(doc.organizationName ?? ''),
    year: Number(doc.year),
    stage: doc.stage,
  }
  if (opts.checkScope && req.user) await assertMayActFor(req, dossier.organization, what)
  if (!req.context?.dossierTransition && !isEditableStage(dossier.stage)) {
    throw new APIError(lockedMessage(dossier.stage), 409, null, true)
  }
  return dossier
}

export async function assertMemberOf(
  req: PayloadRequest,
  memberRef: unknown,
  dossier: ParentDossier,
): Promise<{ id: string; name: string }> {
  const id = relationId(memberRef)
  if (!id) throw new APIError('Cần chọn đảng viên.', 400, null, true)
  const found = await req.payload.find({
    collection: 'members',
    where: { id: { equals: id } },
    select: { name: true, organization: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const member = found.docs[0] as { id: string; name: string; organization: unknown } | undefined
  if (!member) throw new APIError('Không tìm thấy đảng viên đã chọn.', 400, null, true)
  const subtree = await withDescendants(req, [dossier.organization])
  if (!subtree.includes(relationId(member.organization) ?? '')) {
    throw new APIError(
      `Đảng viên ${member.name} không sinh hoạt tại ${dossier.organizationName} hay tổ chức trực thuộc.`,
      400,
      null,
      true,
    )
  }
  return { id: String(member.id), name: member.name }
}
