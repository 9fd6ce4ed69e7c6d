import type { EmailAdapter } from 'payload'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/**
 * SMTP when SMTP_HOST is set; otherwise Payload writes mails to the console (development).
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): Promise<EmailAdapter> | EmailAdapter | undefined {
  const from = {
    defaultFromAddress: env.EMAIL_FROM || 'no-reply@soisua.local',
    defaultFromName: env.EMAIL_FROM_NAME || 'Soi Sửa',
  }
  if (!env.SMTP_HOST) return undefined
  return nodemailerAdapter({
    ...from,
    skipVerify: true,
    transportOptions: {
      host: env.SMTP_HOST,
      port: Number(env.SMTP_PORT || 587),
      secure: env.SMTP_SECURE === 'true',
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
      ignoreTLS: env.SMTP_IGNORE_TLS === 'true',
    },
  })
}
