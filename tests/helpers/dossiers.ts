/**
 * Dossier fixtures for the tests, built through the public API only (the way a user would):
 * fresh cells, an officer of another organisation, complete content, dossiers taken to a
 * stage. Requests go through tests/helpers/http.ts.
 */
import { DEMO_PASSWORD } from '@/seed/demoArticles'
import { graphql, login, rest, type ApiResponse, type As, type DemoRole, type Session } from './http'

/** A demo role, 'other-officer' (an officer of an organisation outside Đắk Mâm), or the public. */
export type Who = DemoRole | 'other-officer' | 'anonymous'

let otherOfficer: { email: string; orgId: string; session?: Promise<Session> } | undefined

async function asWho(who: Who): Promise<As> {
  if (who === 'anonymous') return undefined
  if (who !== 'other-officer') return who
  if (!otherOfficer) throw new Error('Gọi setupOtherOfficer() trước.')
  otherOfficer.session ??= login({ email: otherOfficer.email, password: DEMO_PASSWORD })
  return otherOfficer.session
}

/** rest() on behalf of `who`: `api('reviewer', 'GET', '/api/dossiers')`. */
export async function api<T = any>(
  who: Who,
  method: string,
  pathname: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  return rest<T>(method, pathname, { as: await asWho(who), body })
}

/** graphql() on behalf of `who`. */
export async function gql<T = any>(who: Who, query: string, variables: Record<string, unknown> = {}) {
  return graphql<T>(query, variables, { as: await asWho(who) })
}

/** The first error message of a REST answer. */
export const message = (r: ApiResponse) => String(r.json?.errors?.[0]?.message ?? r.json?.message ?? '')

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase()

async function ok<T = any>(r: Promise<ApiResponse<T>>, what: string): Promise<T> {
  const res = await r
  if (res.status >= 300) throw new Error(`${what}: HTTP ${res.status} ${res.text.slice(0, 400)}`)
  return res.json
}

export async function orgIdByCode(code: string): Promise<string> {
  const r = await ok(
    api('admin', 'GET', `/api/organizations?where[code][equals]=${encodeURIComponent(code)}&depth=0`),
    `tìm ${code}`,
  )
  if (!r.docs[0]) throw new Error(`Không có tổ chức ${code}`)
  return String(r.docs[0].id)
}

/** A fresh cell, created by the admin, so each test has organisations no other test touches. */
export async function createCell(
  parentCode: string,
  label: string,
): Promise<{ id: string; name: string; code: string }> {
  const code = `T-${unique()}`
  const name = `Chi bộ kiểm thử ${label} ${code}`
  const doc = await ok(
    api('admin', 'POST', '/api/organizations', {
      name,
      code,
      kind: 'cell',
      sector: 'agency',
      parent: await orgIdByCode(parentCode),
    }),
    'tạo chi bộ',
  )
  return { id: String(doc.doc.id), name, code }
}

/** An org-officer of a fresh organisation outside Đắk Mâm. */
export async function setupOtherOfficer(): Promise<{ email: string; orgId: string }> {
  if (otherOfficer) return { email: otherOfficer.email, orgId: otherOfficer.orgId }
  const org = await createCell('BC', 'ngoài Đắk Mâm')
  const email = `kiemthu.${org.code.toLowerCase()}@soisua.vn`
  await ok(
    api('admin', 'POST', '/api/users', {
      email,
      password: DEMO_PASSWORD,
      name: `Cán bộ ${org.name}`,
      roles: ['org-officer'],
      organizations: [org.id],
    }),
    'tạo cán bộ',
  )
  otherOfficer = { email, orgId: org.id }
  return { email, orgId: org.id }
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
    shortcomings: [
      { source: 'Phiếu kết luận cuối năm', text: 'Sinh hoạt chi bộ có lúc hình thức', indicators: [ind[0]] },
    ],
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

export const transition = (who: Who, id: string, body: Record<string, unknown>) =>
  api(who, 'POST', `/api/dossiers/${id}/transition`, body)

/** A dossier of a fresh cell under Đắk Mâm (the demo officer's organisation), taken to `stage`. */
export async function dossierIn(
  stage: keyof typeof PATH_TO,
  opts: { year?: number; content?: object; cell?: { id: string; name: string } } = {},
) {
  const cell = opts.cell ?? (await createCell('DM', stage))
  const content = opts.content ?? completeContent(await indicatorIds())
  const created = await ok(
    api('org-officer', 'POST', '/api/dossiers', { organization: cell.id, year: opts.year ?? 2023, ...content }),
    'lập hồ sơ',
  )
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
  const r = await ok(
    api('admin', 'GET', `/api/dossier-events?where[dossier][equals]=${id}&sort=at&limit=100&depth=0`),
    'đọc nhật ký',
  )
  return r.docs
}

/** A small valid PDF (header, xref and %%EOF, as Payload checks). */
export function pdfBytes(): Uint8Array {
  const body =
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n47\n%%EOF\n'
  return new TextEncoder().encode(body)
}

export function uploadForm(fields: Record<string, unknown>, bytes: Uint8Array, name: string, type: string): FormData {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  form.append('file', new Blob([bytes as BlobPart], { type }), name)
  return form
}
