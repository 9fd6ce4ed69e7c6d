import fs from 'node:fs'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'
import type { CapturedMail } from './context'

/**
 * A local SMTP server that accepts every message and writes it to `<dir>/<n>.json` (and
 * the raw message to `<n>.eml`), so tests can read what the portal sent.
 */
export async function startCaptureSmtp(dir: string): Promise<{ port: number; close: () => Promise<void> }> {
  fs.mkdirSync(dir, { recursive: true })
  let counter = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 25 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('error', callback)
      stream.on('end', () => {
        try {
          const raw = Buffer.concat(chunks).toString('utf8')
          const parsed = parseMessage(raw)
          const name = `${Date.now()}-${String(++counter).padStart(4, '0')}`
          const mail: CapturedMail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject,
            text: parsed.text,
            html: parsed.html,
            headerFrom: parsed.headers.from ?? '',
            headerTo: parsed.headers.to ?? '',
            receivedAt: new Date().toISOString(),
            file: path.join(dir, `${name}.json`),
          }
          fs.writeFileSync(path.join(dir, `${name}.eml`), raw)
          // Written under another name first so a reader never sees half a file.
          fs.writeFileSync(path.join(dir, `.${name}.tmp`), JSON.stringify(mail, null, 2))
          fs.renameSync(path.join(dir, `.${name}.tmp`), mail.file)
          callback()
        } catch (err) {
          callback(err as Error)
        }
      })
    },
  })
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    })
  })
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

type Part = { headers: Record<string, string>; body: string }

function splitHeaders(raw: string): Part {
  const normalized = raw.replace(/\r\n/g, '\n')
  const end = normalized.indexOf('\n\n')
  const head = end === -1 ? normalized : normalized.slice(0, end)
  const body = end === -1 ? '' : normalized.slice(end + 2)
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { headers, body }
}

function param(header: string | undefined, name: string): string | undefined {
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header ?? '')
  return m ? (m[1] ?? m[2]) : undefined
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = []
  const soft = text.replace(/=\r?\n/g, '')
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i]
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(c, 'utf8'))
    }
  }
  return Buffer.from(bytes)
}

function decodeBody(part: Part): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '').toLowerCase()
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body).toString('utf8')
  return part.body
}

/** RFC 2047 words such as =?UTF-8?Q?Kh=C3=B4i_ph=E1=BB=A5c?= in subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
    )
}

function collectParts(part: Part, out: { text: string[]; html: string[] }) {
  const type = (part.headers['content-type'] ?? 'text/plain').toLowerCase()
  if (type.startsWith('multipart/')) {
    const boundary = param(part.headers['content-type'], 'boundary')
    if (!boundary) return
    const sections = part.body.split(`--${boundary}`).slice(1)
    for (const section of sections) {
      if (section.startsWith('--')) break
      collectParts(splitHeaders(section.replace(/^\n/, '')), out)
    }
    return
  }
  if (/attachment/i.test(part.headers['content-disposition'] ?? '')) return
  if (type.startsWith('text/html')) out.html.push(decodeBody(part))
  else if (type.startsWith('text/')) out.text.push(decodeBody(part))
}

export function parseMessage(raw: string): {
  headers: Record<string, string>
  subject: string
  text: string
  html?: string
} {
  const top = splitHeaders(raw)
  const out = { text: [] as string[], html: [] as string[] }
  collectParts(top, out)
  const headers = Object.fromEntries(Object.entries(top.headers).map(([k, v]) => [k, decodeWords(v)]))
  const html = out.html.join('\n') || undefined
  // A mail sent with HTML only still gets a readable text, so predicates can match on it.
  const text = out.text.join('\n') || (html ? html.replace(/<[^>]+>/g, ' ').replace(/[ \t]+/g, ' ') : '')
  return { headers, subject: headers.subject ?? '', text: text.trim(), html }
}
