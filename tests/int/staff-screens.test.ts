import { beforeAll, describe, expect, it } from 'vitest'
import { url } from '../helpers/env'
import { login } from '../helpers/http'
import { api, createCell, dossierIn, message, stageOf, transition } from '../helpers/dossiers'

async function page(path: string, cookie?: string) {
  // A browser sends Sec-Fetch-Site with its cookie; Payload refuses a bare cookie from other clients.
  const headers: Record<string, string> = cookie ? { cookie, 'Sec-Fetch-Site': 'same-origin' } : {}
  const res = await fetch(url(path), { headers, redirect: 'manual' })
  return { status: res.status, html: await res.text() }
}

const yearLinks = (html: string) => [...html.matchAll(/href="\/tien-do\?nam=(\d{4})"/g)].map((m) => Number(m[1]))

describe('dossier years', () => {
  it('are those of the programme: a far-future year is refused and never hides the real years', async () => {
    const cell = await createCell('DM', 'nam-xa')
    for (const year of [2061, 2017]) {
      const res = await api('org-officer', 'POST', '/api/dossiers', { organization: cell.id, year })
      expect(res.status, res.text).toBe(400)
      // The field's own message sits beside the form's summary, as the admin shows it under the field.
      expect(JSON.stringify(res.json?.errors)).toContain('Năm của hồ sơ phải từ 2018')
    }
    const progress = await page('/tien-do')
    expect(progress.status).toBe(200)
    expect(progress.html).not.toContain('2061')
    expect([
      ...yearLinks(progress.html),
      ...(/aria-current="page">(\d{4})</.exec(progress.html)?.slice(1).map(Number) ?? []),
    ]).toContain(2022)
    expect((await page('/tien-do?nam=2022')).status).toBe(200)
    expect((await page('/tien-do?nam=2061')).status).toBe(404)

    const { cookie } = await login('admin')
    const dashboard = await page('/admin/tien-do', cookie)
    expect(dashboard.status).toBe(200)
    const options = [...dashboard.html.matchAll(/<option value="(\d{4})"/g)].map((m) => Number(m[1]))
    expect(options).toContain(2022)
    expect(options.every((y) => y >= 2018 && y <= new Date().getFullYear() + 1)).toBe(true)
  })
})

describe('a returned dossier', () => {
  let id: string
  beforeAll(async () => {
    id = (await dossierIn('returned')).id
  })

  it('tells the officer why first, and will not go back unchanged without an answer', async () => {
    const options = await api('org-officer', 'GET', `/api/dossiers/${id}/transitions`)
    expect(options.json.returned).toMatchObject({ reason: 'Kế hoạch chưa cụ thể', unchanged: true })
    expect(options.json.actions).toEqual([
      expect.objectContaining({ action: 'resubmit', needsReason: true, answersReturn: true }),
    ])

    const unchanged = await transition('org-officer', id, { action: 'resubmit' })
    expect(unchanged.status).toBe(422)
    expect(message(unchanged)).toContain('chưa được sửa từ khi bị trả lại')
    expect(await stageOf(id)).toBe('returned')

    const edited = await api('org-officer', 'PATCH', `/api/dossiers/${id}`, {
      selfAssessment: 'Đã cụ thể hóa từng biện pháp theo ý kiến thẩm định.',
    })
    expect(edited.status, edited.text).toBe(200)
    const after = await api('org-officer', 'GET', `/api/dossiers/${id}/transitions`)
    expect(after.json.returned.unchanged).toBe(false)
    expect(after.json.actions[0]).toMatchObject({ needsReason: false })
    expect((await transition('org-officer', id, { action: 'resubmit' })).status).toBe(200)
  })

  it('may go back unchanged with an answer to the reason, which the history keeps', async () => {
    const other = (await dossierIn('returned')).id
    const res = await transition('org-officer', other, {
      action: 'resubmit',
      reason: 'Biện pháp đã cụ thể, xin giải trình thêm.',
    })
    expect(res.status, res.text).toBe(200)
    expect(res.json.event.note).toBe('Biện pháp đã cụ thể, xin giải trình thêm.')
  })
})
