import type { PayloadRequest, Where } from 'payload'
import { districtCount, withAncestors } from '@/access/organizationScope'
import { siteUrl } from '@/site'
import { transitionMail, type Mail } from '../messages'
import { recipientsOnArrival } from '../transitions'
import type { AppliedTransition } from './applyTransition'

type Recipient = { id: string; email: string; name?: string }

export function dossierLink(id: string): string {
  return `${siteUrl()}/admin/collections/dossiers/${id}`
}

/** The officers who act for an organisation: those on it or on any organisation above it. */
export async function organizationOfficers(req: PayloadRequest, orgId: string): Promise<Recipient[]> {
  return findUsers(req, {
    and: [{ roles: { in: ['org-officer'] } }, { organizations: { in: await withAncestors(req, orgId) } }],
  })
}

/**
 * Board members (reviewers, approvers) whose committee is above the organisation: a district's
 * board hears of its own district's dossiers only. A board account with no committee hears of
 * all, as it reads all, only while the portal serves a single district.
 */
export async function boardMembers(req: PayloadRequest, roles: string[], orgId: string): Promise<Recipient[]> {
  const above = new Set(await withAncestors(req, orgId))
  const candidates = await findUsers(req, { roles: { in: roles } })
  const single = (await districtCount(req)) <= 1
  return candidates.filter((u) => (u.organizations.length ? u.organizations.some((o) => above.has(o)) : single))
}

async function findUsers(req: PayloadRequest, where: Where): Promise<(Recipient & { organizations: string[] })[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where,
    select: { email: true, name: true, organizations: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((u) => ({
    id: String(u.id),
    email: String(u.email),
    name: u.name ?? undefined,
    organizations: (u.organizations ?? []).map((o) => String(typeof o === 'object' ? o.id : o)),
  }))
}

export async function sendMails(req: PayloadRequest, to: Recipient[], mail: Mail): Promise<number> {
  let sent = 0
  for (const r of to) {
    try {
      await req.payload.sendEmail({ to: r.email, subject: mail.subject, text: mail.text, html: mail.html })
      sent++
    } catch (error) {
      // A mail server outage must not undo a transition that is already recorded.
      req.payload.logger.error({ err: error, msg: `Không gửi được thư tới ${r.email}` })
    }
  }
  return sent
}

/** Tells whoever acts next that the dossier is now in their hands. */
export async function notifyNextActors(req: PayloadRequest, t: AppliedTransition): Promise<string[]> {
  const who = recipientsOnArrival(t.to)
  let recipients: Recipient[] = who.roles.length ? await boardMembers(req, who.roles, t.dossier.organization) : []
  if (who.organizationOfficers)
    recipients = [...recipients, ...(await organizationOfficers(req, t.dossier.organization))]
  const actorId = req.user ? String(req.user.id) : ''
  const unique = [...new Map(recipients.filter((r) => r.id !== actorId && r.email).map((r) => [r.email, r])).values()]
  const user = req.user as { name?: string; email?: string } | null
  const mail = transitionMail({
    action: t.action,
    from: t.from,
    to: t.to,
    organizationName: String(t.dossier.organizationName ?? ''),
    year: Number(t.dossier.year),
    actorName: user?.name || user?.email || 'hệ thống',
    reason: t.reason || undefined,
    link: dossierLink(t.dossier.id),
  })
  await sendMails(req, unique, mail)
  return unique.map((r) => r.email)
}
