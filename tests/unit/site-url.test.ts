import { afterEach, describe, expect, it, vi } from 'vitest'
import { siteUrl } from '@/site'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('the portal address in absolute URLs', () => {
  it('is SERVER_URL when set', () => {
    vi.stubEnv('SERVER_URL', 'https://soisua.example.vn/')
    vi.stubEnv('PORT', '4000')
    expect(siteUrl()).toBe('https://soisua.example.vn')
  })

  it('is the port the server runs on when SERVER_URL is unset', () => {
    vi.stubEnv('SERVER_URL', '')
    vi.stubEnv('NEXT_PUBLIC_SERVER_URL', '')
    vi.stubEnv('PORT', '4321')
    expect(siteUrl()).toBe('http://localhost:4321')
  })
})
