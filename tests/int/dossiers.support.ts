/**
 * Shared by the dossier integration tests: plain fetch against the running test server,
 * demo logins, and fixtures built through the public API only (the way a user would).
 */
import fs from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'

export const PASSWORD = 'SoiSua@2026'

/** The demo account of each role (src/seed/demoArticles.ts). */
export const ACCOUNTS = {
  admin: 'admin@soisua.vn',
  editor: 'bientap@soisua.vn',
  reporter: 'phongvien@soisua.vn',
  'org-officer': 'coso@soisua.vn',
  reviewer: 'tuyengiao@soisua.vn',
  approver: 'thuongtruc@soisua.vn',
  inspector: 'kiemtra@soisua.vn',
} as const

export type DemoRole = keyof typeof ACCOUNTS
/** A demo role, 'other-officer' (an officer of an organisation outside Đắk Mâm), or the public. */
export type Who = DemoRole | 'other-officer' | 'anonymous'

type ServerContext = { baseUrl: string; mailDir: string }

export function server(): ServerContext {
  const s = (inject as (key: string) => unknown)('server') as ServerContext | undefined
  if (s?.baseUrl) return s
  const baseUrl = (inject as (key: string) => unknown)('baseURL') as string | undefined
  if (!baseUrl) throw new Error('Không có máy chủ kiểm thử (inject("server") hoặc inject("baseURL")).')
  return { baseUrl: baseUrl.replace(/\/$/, ''), mailDir: '' }
}

export type Res<T = any> = { status: number; json: T; text: string; headers: Headers }

const tokens = new Map<string, Promise<string>>()

export function tokenFor(email: string, password = PASSWORD): Promise<string> {
  let t = tokens.get(email)
  if (!t) {
    t = (async () => {
      const res = await fetch(`${server().baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      const json = (await res.json()) as { token?: string }
      if (!json.token) throw new Error(`Không đăng nhập được ${email}: HTTP ${res.status}`)
      return json.token
    })()
    tokens.set(email, t)
  }
  return t
}

let otherOfficer: { email: string; orgId: string } | undefined

async function authFor(who: Who): Promise<Record<string, string>> {
  if (who === 'anonymous') return {}
  if (who === 'other-officer') {
    if (!otherOfficer) throw new Error('Gọi setupOtherOfficer() trước.')
    return { Authorization: `JWT ${await tokenFor(otherOfficer.email)}` }
  }
  return { Authorization: `JWT ${await tokenFor(ACCOUNTS[who])}` }
}

export async function api<T = any>(who: Who, method: string, pathname: string, body?: unknown): Promise<Res<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...(await authFor(who)) }
  let payload: BodyInit | undefined
  if (body instanceof FormData) payload = body
  else if (typeof body === 'string') {
    payload = body
    headers['Content-Type'] = 'application/json'
  } else if (body !== undefined) {
    payload = JSON.stringify(body)
    headers['Content-Type'] = 'application/json'
  }
  const res = await fetch(`${server().baseUrl}${pathname}`, { method, headers, body: payload, redirect: 'manual' })
  const text = await res.text()
  let json: any
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: res.status, json: json as T, text, headers: res.headers }
}

export async function gql<T = any>(who: Who, query: string, variables: Record<string, unknown> = {}) {
  return api<{ data?: T | null; errors?: { message: string; extensions?: { statusCode?: number } }[] }>(who, 'POST', '/api/graphql', {
    query,
    variables,
  })
}

/** The first error message of a REST answer. */
export const message = (r: Res) => String(r.json?.errors?.[0]?.message ?? r.json?.message ?? '')

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase()

async function ok<T = any>(r: Promise<Res<T>>, what: string): Promise<T> {
  const res = await r
  if (res.status >= 300) throw new Error(`${what}: HTTP ${res.status} ${res.text.slice(0, 400)}`)
  return res.json
}

export async function orgIdByCode(code: string): Promise<string> {
  const r = await ok(api('admin', 'GET', `/api/organizations?where[code][equals]=${encodeURIComponent(code)}&depth=0`), `tìm ${code}`)
  if (!r.docs[0]) throw new Error(`Không có tổ chức ${code}`)
  return String(r.docs[0].id)
}

/** A fresh cell, created by the admin, so each test has organisations no other test touches. */
export async function createCell(parentCode: string, label: string): Promise<{ id: string; name: string; code: string }> {
  const code = `T-${unique()}`
  const name = `Chi bộ kiểm thử ${label} ${code}`
  const doc = await ok(
    api('admin', 'POST', '/api/organizations', { name, code, kind: 'cell', sector: 'agency', parent: await orgIdByCode(parentCode) }),
    'tạo chi bộ',
  )
  return { id: String(doc.doc.id), name, code }
}

/** An org-officer of a fresh organisation outside Đắk Mâm. */
export async function setupOtherOfficer(): Promise<{ email: string; orgId: string }> {
  if (otherOfficer) return otherOfficer
  const org = await createCell('BC', 'ngoài Đắk Mâm')
  const email = `kiemthu.${org.code.toLowerCase()}@soisua.vn`
  await ok(
    api('admin', 'POST', '/api/users', { email, password: PASSWORD, name: `Cán bộ ${org.name}`, roles: ['org-officer'], organizations: [org.id] }),
    'tạo cán bộ',
  )
  otherOfficer = { email, orgId: org.id }
  return otherOfficer
}

export async function indicatorIds(n = 3): Promise<string[]> {
  const r = await ok(api('anonymous', 'GET', `/api/indicators?limit=${n}&sort=code&depth=0`), 'đọc biểu hiện')
  if (r.docs.length < n) throw new Error('Danh mục biểu hiện chưa có đủ dữ liệu')
  return r.docs.map((d: { id: string }) => String(d.id))
}

/** Content that passes every guard: each indicator has a measure, each shortcoming is mapped. */
export function completeContent(ind: string[]) {
  return {
    identified: ind.map((id) => ({ indicator: id, note: 'Có biểu hiện ở một số đảng viên' })),
    planItems: ind.map((id, i) => ({ measure: `Biện pháp ${i + 1}`, indicators: [id], responsible: 'Bí thư chi bộ' })),
    shortcomings: [{ source: 'Phiếu kết luận cuối năm', text: 'Sinh hoạt chi bộ có lúc hình thức', indicators: [ind[0]] }],
  }
}

export const PATH_TO: Record<string, { action: string; by: Who; reason?: string }[]> = {
  draft: [],
  submitted: [{ action: 'submit', by: 'org-officer' }],
  recommended: [
    { action: 'submit', by: 'org-officer' },
    { action: 'recommend', by: 'reviewer' },
  ],
  returned: [
    { action: 'submit', by: 'org-officer' },
    { action: 'return', by: 'reviewer', reason: 'Kế hoạch chưa cụ thể' },
  ],
  approved: [
    { action: 'submit', by: 'org-officer' },
    { action: 'recommend', by: 'reviewer' },
    { action: 'approve', by: 'approver' },
  ],
}

export const transition = (who: Who, id: string, body: Record<string, unknown>) => api(who, 'POST', `/api/dossiers/${id}/transition`, body)

/** A dossier of a fresh cell under Đắk Mâm (the demo officer's organisation), taken to `stage`. */
export async function dossierIn(stage: keyof typeof PATH_TO, opts: { year?: number; content?: object; cell?: { id: string; name: string } } = {}) {
  const cell = opts.cell ?? (await createCell('DM', stage))
  const content = opts.content ?? completeContent(await indicatorIds())
  const created = await ok(api('org-officer', 'POST', '/api/dossiers', { organization: cell.id, year: opts.year ?? 2023, ...content }), 'lập hồ sơ')
  const id = String(created.doc.id)
  for (const step of PATH_TO[stage]) {
    await ok(transition(step.by, id, { action: step.action, reason: step.reason }), `${step.action} hồ sơ`)
  }
  return { id, cell }
}

export async function stageOf(id: string): Promise<string> {
  const r = await ok(api('admin', 'GET', `/api/dossiers/${id}?depth=0`), 'đọc hồ sơ')
  return r.stage
}

export async function eventsOf(id: string): Promise<any[]> {
  const r = await ok(api('admin', 'GET', `/api/dossier-events?where[dossier][equals]=${id}&sort=at&limit=100&depth=0`), 'đọc nhật ký')
  return r.docs
}

export type Mail = { to: string[]; subject: string; text?: string; receivedAt?: string }

export function mails(): Mail[] {
  const dir = server().mailDir
  if (!dir || !fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Mail)
}

/** Waits for a mail to `to` whose subject contains `subjectPart`. */
export async function waitForMail(to: string, subjectPart: string, timeoutMs = 15_000): Promise<Mail> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = mails().find((m) => m.to.map((t) => t.toLowerCase()).includes(to.toLowerCase()) && m.subject.includes(subjectPart))
    if (found) return found
    if (Date.now() > deadline) {
      throw new Error(`Không có thư tới ${to} chứa “${subjectPart}”. Đã nhận: ${mails().map((m) => `${m.to}: ${m.subject}`).join(' | ')}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** A small valid PDF (header, xref and %%EOF, as Payload checks). */
export function pdfBytes(): Uint8Array {
  const body = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n47\n%%EOF\n'
  return new TextEncoder().encode(body)
}

export function uploadForm(fields: Record<string, unknown>, bytes: Uint8Array, name: string, type: string): FormData {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  form.append('file', new Blob([bytes as BlobPart], { type }), name)
  return form
}
