import { describe, expect, it } from 'vitest'
import { rest } from '../helpers/http'

function directives(csp: string | null): Map<string, string> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.slice(d.indexOf(' ') + 1)] as [string, string]),
  )
}

describe('browser protections on every response', () => {
  it('the public site: a same-origin CSP, framed only by itself (live preview)', async () => {
    for (const path of ['/', '/tin-tuc', '/rss.xml', '/khong-co-trang-nay']) {
      const { headers } = await rest('GET', path)
      const csp = directives(headers.get('content-security-policy'))
      expect(csp.get('default-src'), path).toBe("'self'")
      expect(csp.get('frame-ancestors'), path).toBe("'self'")
      expect(csp.get('object-src'), path).toBe("'none'")
      expect(csp.get('base-uri'), path).toBe("'self'")
      expect(csp.get('form-action'), path).toBe("'self'")
      expect(csp.get('script-src'), path).not.toContain('http')
      expect(headers.get('x-frame-options'), path).toBe('SAMEORIGIN')
      expect(headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      expect(headers.get('strict-transport-security'), path).toMatch(/max-age=\d{7,}/)
    }
  })

  it('the admin and the API are never framed', async () => {
    for (const path of ['/admin/login', '/admin', '/api/articles?limit=1', '/api/users/me']) {
      const { headers } = await rest('GET', path)
      expect(directives(headers.get('content-security-policy')).get('frame-ancestors'), path).toBe("'none'")
      expect(headers.get('x-frame-options'), path).toBe('DENY')
      expect(headers.get('x-content-type-options'), path).toBe('nosniff')
    }
  })

  it('uploaded files are served under a policy that runs nothing', async () => {
    const { json } = await rest('GET', '/api/media?limit=1')
    const file = json.docs[0]?.url as string
    expect(file).toBeTruthy()
    const { status, headers } = await rest('GET', new URL(file, 'http://x').pathname)
    expect(status).toBe(200)
    expect(directives(headers.get('content-security-policy')).get('default-src')).toBe("'none'")
    expect(headers.get('x-content-type-options')).toBe('nosniff')
  })
})
