import { describe, expect, it } from 'vitest'
import { url } from '../helpers/env'

/**
 * The admin speaks Vietnamese whatever the browser asks for, unless staff chose English
 * (src/middleware.ts). Without the middleware Payload would follow Accept-Language.
 */
async function loginPage(headers: Record<string, string>) {
  const res = await fetch(url('/admin/login'), { headers, redirect: 'manual' })
  return { status: res.status, html: await res.text(), setCookie: res.headers.getSetCookie() }
}

describe('admin language', () => {
  it('is Vietnamese for a browser that prefers English, and remembered in a cookie for a year', async () => {
    const { status, html, setCookie } = await loginPage({ 'Accept-Language': 'en-US,en;q=0.9' })
    expect(status).toBe(200)
    expect(html).toMatch(/<html[^>]* lang="vi"/)
    expect(
      setCookie.some((c) => /^payload-lng=vi;/.test(c) && /Max-Age=31536000/i.test(c)),
      setCookie.join('\n'),
    ).toBe(true)
  })

  it('stays English for staff who chose English, without overwriting their choice', async () => {
    const { status, html, setCookie } = await loginPage({ 'Accept-Language': 'vi-VN', Cookie: 'payload-lng=en' })
    expect(status).toBe(200)
    expect(html).toMatch(/<html[^>]* lang="en"/)
    expect(setCookie.some((c) => c.startsWith('payload-lng='))).toBe(false)
  })

  it('leaves the public site alone', async () => {
    const res = await fetch(url('/'), { headers: { 'Accept-Language': 'en-US' } })
    expect(res.status).toBe(200)
    expect(res.headers.getSetCookie().some((c) => c.startsWith('payload-lng='))).toBe(false)
  })
})
