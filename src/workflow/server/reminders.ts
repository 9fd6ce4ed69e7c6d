import type { PayloadRequest, TaskConfig } from 'payload'
import { formatDate, vietnamDay } from '@/vietnamese'
import { reminderMail } from '../messages'
import { GRASSROOTS_KINDS } from '@/organizations'
import { deadlineOf, organizationsToRemind, reminderPhase, type DeadlineSettings } from '../reminders'
import type { Stage } from '../stages'
import { organizationOfficers, sendMails } from './notify'
import { siteUrl } from '@/site'

export async function deadlineSettings(req: PayloadRequest): Promise<DeadlineSettings & { remindersEnabled: boolean }> {
  const [dossier, site] = await Promise.all([
    req.payload.findGlobal({ slug: 'dossier-settings', depth: 0, overrideAccess: true, req }),
    req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req }),
  ])
  const d = dossier as Partial<DeadlineSettings> & { remindersEnabled?: boolean }
  return {
    deadlineDay: Number(d.deadlineDay ?? 15),
    deadlineMonth: Number(d.deadlineMonth ?? 12),
    reminderDaysBefore: Number(d.reminderDaysBefore ?? 14),
    remindersEnabled: d.remindersEnabled !== false,
    newOrganizationMonths: Number((site as { newOrganizationMonths?: number }).newOrganizationMonths ?? 6),
  }
}

/**
 * Mails the officers of every grassroots organisation that has not handed in this year's
 * dossier, from a few days before the deadline and every day once it has passed.
 */
export async function sendDeadlineReminders(
  req: PayloadRequest,
  now = new Date(),
): Promise<{ organizations: number; mails: number }> {
  const settings = await deadlineSettings(req)
  const today = vietnamDay(now)
  const year = Number(today.slice(0, 4))
  const phase = reminderPhase(today, year, settings)
  if (!settings.remindersEnabled || phase === 'too-early') return { organizations: 0, mails: 0 }

  const [orgs, dossiers] = await Promise.all([
    req.payload.find({
      collection: 'organizations',
      where: { kind: { in: GRASSROOTS_KINDS } },
      select: { name: true, kind: true, establishedAt: true, dissolvedAt: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: 'dossiers',
      where: { year: { equals: year } },
      select: { organization: true, year: true, stage: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  ])
  const due = organizationsToRemind({
    organizations: orgs.docs.map((o) => ({ ...(o as { name: string }), id: String(o.id) })),
    dossiers: dossiers.docs.map((d) => ({
      organization: String(d.organization),
      year: Number(d.year),
      stage: d.stage as Stage,
    })),
    year,
    settings,
  })
  const deadline = deadlineOf(year, settings)
  let mails = 0
  for (const r of due) {
    const officers = await organizationOfficers(req, String(r.organization.id))
    const mail = reminderMail({
      organizationName: r.organization.name,
      year,
      deadline: formatDate(`${deadline}T12:00:00+07:00`),
      overdue: phase === 'overdue',
      stage: r.stage,
      link: `${siteUrl()}/admin/collections/dossiers`,
    })
    mails += await sendMails(req, officers, mail)
  }
  return { organizations: due.length, mails }
}

/** Runs every morning from the job queue `reminders` (see jobs.autoRun in payload.config.ts). */
export const dossierDeadlineRemindersTask: TaskConfig<{
  input: object
  output: { organizations: number; mails: number }
}> = {
  slug: 'dossier-deadline-reminders',
  label: 'Nhắc hạn gửi hồ sơ Đề án 05',
  schedule: [{ cron: '0 0 8 * * *', queue: 'reminders' }],
  outputSchema: [
    { name: 'organizations', type: 'number' },
    { name: 'mails', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await sendDeadlineReminders(req) }),
}
