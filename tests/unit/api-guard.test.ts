import { describe, expect, it } from 'vitest'
import { isUnservedApiPath } from '@/http/apiGuard'

const config = {
  collections: [{ slug: 'articles', versions: { drafts: true } }, { slug: 'comments' }],
  globals: [{ slug: 'homepage' }, { slug: 'progress', versions: {} }],
} as never

describe('isUnservedApiPath', () => {
  it('answers version history only where versions are kept', () => {
    expect(isUnservedApiPath(['comments', 'versions'], config)).toBe(true)
    expect(isUnservedApiPath(['comments', 'versions', 'abc'], config)).toBe(true)
    expect(isUnservedApiPath(['articles', 'versions'], config)).toBe(false)
    expect(isUnservedApiPath(['globals', 'homepage', 'versions'], config)).toBe(true)
    expect(isUnservedApiPath(['globals', 'progress', 'versions'], config)).toBe(false)
  })
  it('leaves ordinary paths and the internal migrations alone or closed', () => {
    expect(isUnservedApiPath(['comments'], config)).toBe(false)
    expect(isUnservedApiPath(['comments', 'abc'], config)).toBe(false)
    expect(isUnservedApiPath(['payload-migrations'], config)).toBe(true)
    expect(isUnservedApiPath(['globals', 'homepage'], config)).toBe(false)
  })
})
