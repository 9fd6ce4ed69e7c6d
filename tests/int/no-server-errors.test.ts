import { describe, expect, it } from 'vitest'
import { rest } from '../helpers/http'

/**
 * Nothing a user or an attacker sends may produce a 5xx. Sweeps every collection and
 * global the admin can see, with odd ids and the version-history paths, as several roles.
 */
describe('no server errors from odd REST requests', () => {
  it('every collection and global answers 2xx or 4xx to reads, version history and junk ids', async () => {
    const { json: access } = await rest('GET', '/api/access', { as: 'admin' })
    const collections = Object.keys(access.collections)
    const globals = Object.keys(access.globals)
    expect(collections).toEqual(expect.arrayContaining(['articles', 'comments', 'dossiers', 'users']))
    const paths = [
      ...collections.flatMap((c) => [
        `/api/${c}`,
        `/api/${c}/versions`,
        `/api/${c}/versions/nope`,
        `/api/${c}/nope`,
        `/api/${c}?where[zzz][equals]=1`,
        `/api/${c}?limit=-5&page=abc`,
      ]),
      ...globals.flatMap((g) => [`/api/globals/${g}`, `/api/globals/${g}/versions`, `/api/globals/${g}/versions/nope`]),
      '/api/payload-migrations',
      '/api/khong-ton-tai',
    ]
    const failures: string[] = []
    for (const as of [undefined, 'editor', 'org-officer', 'admin'] as const) {
      for (const path of paths) {
        const { status, text } = await rest('GET', path, { as })
        if (status >= 500) failures.push(`${as ?? 'anonymous'} GET ${path} → ${status} ${text.slice(0, 120)}`)
      }
    }
    expect(failures).toEqual([])
  }, 300_000)

  it('malformed JSON and wrong methods get 4xx', async () => {
    for (const path of ['/api/comments', '/api/articles', '/api/users/login', '/api/dossiers']) {
      const { status } = await rest('POST', path, { body: '{"title": ', as: 'editor' })
      expect(status, path).toBeGreaterThanOrEqual(400)
      expect(status, path).toBeLessThan(500)
    }
    const gql = await rest('POST', '/api/graphql', { body: '{not json' })
    expect(gql.status).toBeLessThan(500)
  })
})
