import { describe, expect, it } from 'vitest'
import { payloadSecret } from '@/config/secret'

const strong = 'x'.repeat(16) + 'Strong-Secret-42'

describe('payloadSecret', () => {
  it('refuses to run a production server without a real secret, naming PAYLOAD_SECRET', () => {
    for (const secret of [undefined, '', 'secret', 'changeme', 'soi-sua-dev-secret', 'too-short']) {
      expect(() => payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toThrow(/PAYLOAD_SECRET/)
    }
  })

  it('uses a real secret in production', () => {
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBe(strong)
  })

  it('lets `next build` run without a secret', () => {
    expect(() => payloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow()
  })

  it('falls back to a development secret outside production', () => {
    expect(payloadSecret({ NODE_ENV: 'development' })).toBe('soi-sua-dev-secret')
    expect(payloadSecret({ NODE_ENV: 'test', PAYLOAD_SECRET: strong })).toBe(strong)
  })
})
