import fs from 'node:fs'
import path from 'node:path'
import type { CapturedMail } from '../setup/context'
import { testServer } from './env'

export type { CapturedMail }

/** Every mail the portal has sent during this run, oldest first. */
export function readMails(): CapturedMail[] {
  const dir = testServer().mailDir
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as CapturedMail)
}

/** Mails whose envelope recipients include `address` (case-insensitive). */
export function mailsTo(address: string): CapturedMail[] {
  const wanted = address.toLowerCase()
  return readMails().filter((m) => m.to.some((t) => t.toLowerCase() === wanted))
}

/** Matches a mail to `address` whose subject contains `subjectPart`: `waitForMail(sentTo(email, 'Trả lại'))`. */
export function sentTo(address: string, subjectPart = ''): (mail: CapturedMail) => boolean {
  const wanted = address.toLowerCase()
  return (m) => m.to.some((t) => t.toLowerCase() === wanted) && m.subject.includes(subjectPart)
}

/**
 * Waits for a mail matching `match` (polling the capture folder) and returns it; throws with
 * the subjects seen when none arrives in time. Use `since` to ignore mails sent earlier.
 *   const mail = await waitForMail((m) => m.to.includes('kiemtra@soisua.vn') && /mật khẩu/i.test(m.subject))
 */
export async function waitForMail(
  match: (mail: CapturedMail) => boolean,
  { timeoutMs = 15_000, since }: { timeoutMs?: number; since?: Date } = {},
): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const candidates = readMails().filter((m) => !since || new Date(m.receivedAt) >= since)
    const found = candidates.find(match)
    if (found) return found
    if (Date.now() > deadline) {
      const seen = candidates.map((m) => `${m.to.join(',')}: ${m.subject}`).join('\n  ') || '(không có)'
      throw new Error(`Không nhận được thư phù hợp sau ${timeoutMs} ms. Thư đã nhận:\n  ${seen}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}
