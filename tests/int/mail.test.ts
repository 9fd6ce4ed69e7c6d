import { describe, expect, it } from 'vitest'
import { testServer } from '../helpers/env'
import { rest } from '../helpers/http'
import { mailsTo, waitForMail } from '../helpers/mail'

const forgot = (email: string) => rest('POST', '/api/users/forgot-password', { body: { email } })

describe('password reset mail', () => {
  it('sends a staff member who forgot the password one reset link to this server', async () => {
    const since = new Date()
    const res = await forgot('kiemtra@soisua.vn')
    expect(res.status, res.text).toBe(200)
    const mail = await waitForMail((m) => m.to.includes('kiemtra@soisua.vn'), { since })
    expect(mail.subject).not.toBe('')
    expect(mail.text + (mail.html ?? '')).toContain(`${testServer().baseUrl}/admin/reset/`)
    expect(mail.headerFrom).toContain('Soi Sửa')

    // Asking again at once is refused in Vietnamese, and sends nothing more.
    const again = await forgot('KiemTra@soisua.vn')
    expect(again.status).toBe(429)
    expect(again.text).toContain('Vui lòng kiểm tra hộp thư')
    await new Promise((r) => setTimeout(r, 1000))
    expect(mailsTo('kiemtra@soisua.vn').filter((m) => new Date(m.receivedAt) >= since)).toHaveLength(1)
  })

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    const first = await forgot('khong-ton-tai@soisua.vn')
    expect(first.status).toBe(200)
    expect((await forgot('khong-ton-tai@soisua.vn')).status).toBe(429)
    await new Promise((r) => setTimeout(r, 1000))
    expect(mailsTo('khong-ton-tai@soisua.vn')).toEqual([])
  })
})
