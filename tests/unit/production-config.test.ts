import { describe, expect, it } from 'vitest'
import { passwordProblem } from '@/auth/passwordPolicy'
import { serverUrl } from '@/config/serverUrl'

describe('serverUrl', () => {
  it('refuses to run a production server without its public address, naming SERVER_URL', () => {
    for (const url of [undefined, '', '   ', 'soisua.example.vn', 'ftp://soisua.example.vn']) {
      expect(() => serverUrl({ NODE_ENV: 'production', SERVER_URL: url })).toThrow(/SERVER_URL/)
    }
  })

  it('uses the address in production, and needs none to build or to develop', () => {
    expect(serverUrl({ NODE_ENV: 'production', SERVER_URL: 'https://soisua.example.vn' })).toBe(
      'https://soisua.example.vn',
    )
    expect(serverUrl({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBeUndefined()
    expect(serverUrl({ NODE_ENV: 'development' })).toBeUndefined()
  })
})

describe('passwordProblem', () => {
  it('refuses short, one-kind, self-named, well-known and repeated passwords in Vietnamese', () => {
    expect(passwordProblem('Ab1!short')).toMatch(/ít nhất 12 ký tự/)
    expect(passwordProblem('alllowercaseletters')).toMatch(/ba trong bốn loại/)
    expect(passwordProblem('Nguyenvana-2026', 'nguyenvana@soisua.vn')).toMatch(/tên tài khoản/)
    expect(passwordProblem('SoiSua@2026-Admin', 'quantri@soisua.vn')).toMatch(/dễ đoán/)
    expect(passwordProblem('Aaaaa-1234567', 'quantri@soisua.vn')).toMatch(/dễ đoán/)
  })

  it('accepts a long password of three kinds, Vietnamese letters included', () => {
    expect(passwordProblem('Huyện-ủy-Đắk-Mâm-88', 'quantri@soisua.vn')).toBeNull()
    expect(passwordProblem('correct horse battery 7', 'quantri@soisua.vn')).toBeNull()
  })
})
