import { beforeEach, describe, expect, it } from 'vitest'
import { rest } from '../helpers/http'

/**
 * Every door of the server, with the classes of input an attacker or a broken client sends.
 * Collections and globals come from the running configuration (`/api/access`), so new ones
 * are covered without touching this file. Each answer must be a 4xx (never a 5xx), nothing may
 * be stored, and the server must still serve at the end.
 */

// Written by the server itself while the suite runs (logins, jobs, search index), not by the requests below.
const SERVER_WRITTEN = new Set([
  'audit-log',
  'search-entries',
  'payload-jobs',
  'payload-locked-documents',
  'payload-preferences',
  'payload-kv',
])
const MARK = `HOSTILE-${Date.now()}`

let deep: unknown = MARK
for (let i = 0; i < 300; i++) deep = { a: deep }
const NFD = 'Đề án 05 ảnh hưởng'.normalize('NFD')

type Body = { body: string; type: string; what: string }
const BODIES: Body[] = [
  { what: 'null', body: 'null', type: 'application/json' },
  { what: 'an array', body: `["${MARK}"]`, type: 'application/json' },
  { what: 'a string', body: `"${MARK}"`, type: 'application/json' },
  { what: 'broken JSON', body: `{"title": "${MARK}`, type: 'application/json' },
  { what: 'XML', body: `<doc>${MARK}</doc>`, type: 'application/xml' },
  { what: 'plain text', body: MARK, type: 'text/plain' },
  { what: 'multipart without boundary', body: MARK, type: 'multipart/form-data' },
  {
    what: 'broken multipart',
    body: `--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":"${MARK}`,
    type: 'multipart/form-data; boundary=b',
  },
  {
    what: '__proto__ key',
    body: `{"title":"${MARK}","name":"${MARK}","__proto__":{"roles":["admin"]}}`,
    type: 'application/json',
  },
  {
    what: 'constructor key',
    body: `{"title":"${MARK}","constructor":{"prototype":{"x":1}}}`,
    type: 'application/json',
  },
  { what: 'deep nesting', body: JSON.stringify({ title: MARK, data: deep }), type: 'application/json' },
  {
    what: 'huge body',
    body: JSON.stringify({ title: MARK, body: 'x'.repeat(9 * 1024 * 1024) }),
    type: 'application/json',
  },
  {
    what: 'wrong types',
    body: JSON.stringify({
      title: { $ne: null },
      name: [MARK],
      slug: { a: MARK },
      createdAt: 'notadate',
      _status: { x: 1 },
      id: { $gt: '' },
    }),
    type: 'application/json',
  },
]

const QUERIES = [
  'page=99999999999999999999',
  'limit=-1e400',
  'depth=abc',
  'where=x',
  'where[createdAt][greater_than]=notadate',
  'where[id][near]=1,2',
  'where[id][within]=1,2',
  'where[id][intersects]=1,2',
  'where[id][equals][$ne]=x',
  'where[or]=x',
  'where[and][0]=x',
  'sort[$where]=1',
  'select=title',
]
// Well-formed, only unusual: answered normally (nothing matches), never with a fault.
const ODD_QUERIES = [`where[id][in]=${'a,'.repeat(2000)}`]

const failures: string[] = []
beforeEach(() => {
  failures.length = 0
})
async function expectNoFault(what: string, request: Promise<{ status: number; text: string }>) {
  const { status, text } = await request
  if (status >= 500) failures.push(`${what} → ${status} ${text.slice(0, 140)}`)
}
async function expect4xx(what: string, request: Promise<{ status: number; text: string }>) {
  const { status, text } = await request
  if (status < 400 || status >= 500) failures.push(`${what} → ${status} ${text.slice(0, 140)}`)
}

async function counts(collections: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const c of collections) {
    const res = await rest('GET', `/api/${c}/count`, { as: 'admin' })
    out[c] = res.json?.totalDocs ?? -1
  }
  return out
}

describe('hostile input on every door', () => {
  it('collections and globals: bad bodies, bad queries, junk ids answer 4xx and store nothing', async () => {
    const { json: access } = await rest('GET', '/api/access', { as: 'admin' })
    const collections = Object.keys(access.collections)
    const globals = Object.keys(access.globals)
    expect(collections.length).toBeGreaterThan(15)
    const watched = collections.filter((c) => !SERVER_WRITTEN.has(c))
    const before = await counts(watched)

    for (const c of collections) {
      for (const { what, body, type } of BODIES) {
        await expect4xx(
          `POST /api/${c} ${what}`,
          rest('POST', `/api/${c}`, { as: 'admin', body, headers: { 'Content-Type': type } }),
        )
      }
      for (const { what, body, type } of BODIES.slice(0, 9)) {
        await expect4xx(
          `PATCH /api/${c}/khong-co ${what}`,
          rest('PATCH', `/api/${c}/khong-co`, { as: 'admin', body, headers: { 'Content-Type': type } }),
        )
      }
      for (const query of QUERIES) {
        await expect4xx(`GET /api/${c}?${query.slice(0, 60)}`, rest('GET', `/api/${c}?${query}`, { as: 'admin' }))
      }
      for (const query of ODD_QUERIES) {
        await expectNoFault(`GET /api/${c}?${query.slice(0, 60)}`, rest('GET', `/api/${c}?${query}`, { as: 'admin' }))
      }
      await expect4xx(
        `GET /api/${c}/count?where[id][near]`,
        rest('GET', `/api/${c}/count?where[id][near]=1,2`, { as: 'admin' }),
      )
      await expect4xx(`DELETE /api/${c}?where=x`, rest('DELETE', `/api/${c}?where=x`, { as: 'admin' }))
      await expect4xx(
        `PATCH /api/${c}?where[id][near]`,
        rest('PATCH', `/api/${c}?where[id][near]=1`, { as: 'admin', body: { title: MARK } }),
      )
    }
    for (const g of globals) {
      for (const { what, body, type } of BODIES) {
        // A global has none of these fields: the update changes nothing, and must not fail.
        await (what === 'wrong types' ? expectNoFault : expect4xx)(
          `POST /api/globals/${g} ${what}`,
          rest('POST', `/api/globals/${g}`, { as: 'admin', body, headers: { 'Content-Type': type } }),
        )
        const stored = await rest('GET', `/api/globals/${g}?depth=0`, { as: 'admin' })
        if (stored.text.includes(MARK)) failures.push(`POST /api/globals/${g} ${what} stored the input`)
      }
      await expect4xx(`GET /api/globals/${g}?depth=abc`, rest('GET', `/api/globals/${g}?depth=abc`, { as: 'admin' }))
    }
    expect(failures).toEqual([])
    expect(await counts(watched)).toEqual(before)
  }, 240_000)

  it('file routes of every upload collection: odd names are not found, never an error', async () => {
    const { json: access } = await rest('GET', '/api/access', { as: 'admin' })
    const uploads: string[] = []
    for (const c of Object.keys(access.collections)) {
      const { json } = await rest('GET', `/api/${c}?limit=1&depth=0`, { as: 'admin' })
      if (json?.docs?.[0] && 'filename' in json.docs[0]) uploads.push(c)
    }
    expect(uploads).toEqual(expect.arrayContaining(['media', 'document-files', 'dossier-files']))
    for (const c of uploads) {
      for (const name of [
        'khong-co.pdf',
        'a%00.pdf',
        '..%2F..%2Fetc%2Fpasswd',
        'x'.repeat(5000),
        encodeURIComponent(NFD),
        '%E2%80%AEfdp.exe',
      ]) {
        for (const as of ['admin', undefined] as const) {
          await expect4xx(
            `GET /api/${c}/file/${name.slice(0, 40)} as ${as ?? 'public'}`,
            rest('GET', `/api/${c}/file/${name}`, { as }),
          )
        }
      }
      await expect4xx(`GET /api/${c}/file/x?prefix=x`, rest('GET', `/api/${c}/file/x.pdf?prefix=x`, { as: 'admin' }))
    }
    expect(failures).toEqual([])
  }, 120_000)

  it('custom endpoints and GraphQL', async () => {
    const { json } = await rest('GET', '/api/dossiers?limit=1&depth=0', { as: 'admin' })
    const dossier = json.docs[0].id
    for (const path of [
      '/api/progress?year=abc',
      '/api/progress?year=99999999999999999999',
      '/api/progress/organizations?year=-1&stage[$ne]=x',
      '/api/progress/inspections?from=notadate&to=x',
      '/api/progress/export?format=exe&year=2025',
      '/api/open-data/khong-co',
      '/api/open-data/%00',
      '/api/dossiers/khong-co/transitions',
    ]) {
      await expect4xx(`GET ${path}`, rest('GET', path, { as: 'admin' }))
    }
    // An unknown query parameter is ignored.
    await expectNoFault(
      'GET transitions with an unknown parameter',
      rest('GET', `/api/dossiers/${dossier}/transitions?x[$ne]=1`, { as: 'admin' }),
    )
    for (const { what, body, type } of BODIES) {
      await expect4xx(
        `POST transition ${what}`,
        rest('POST', `/api/dossiers/${dossier}/transition`, { as: 'admin', body, headers: { 'Content-Type': type } }),
      )
      await expect4xx(
        `POST catalogue import ${what}`,
        rest('POST', '/api/indicators/import', { as: 'admin', body, headers: { 'Content-Type': type } }),
      )
      await expect4xx(
        `POST /api/graphql ${what}`,
        rest('POST', '/api/graphql', { body, headers: { 'Content-Type': type } }),
      )
    }
    await expect4xx(
      'transition with an object action',
      rest('POST', `/api/dossiers/${dossier}/transition`, { as: 'admin', body: { action: { $ne: 1 }, reason: [1] } }),
    )
    for (const query of [
      'query { Articles { docs { ...A } } } fragment A on Article { ...B } fragment B on Article { ...A }',
      'query { Articles { docs { ...A } } } fragment A on Article { title ...A }',
      '{ Articles { docs { title } }',
      `query { ${'a: Articles { totalDocs } '.repeat(3000)} }`,
    ]) {
      const res = await rest('POST', '/api/graphql', { body: { query } })
      if (res.status >= 500) failures.push(`GraphQL ${query.slice(0, 60)} → ${res.status}`)
    }
    await expect4xx('GraphQL query as an object', rest('POST', '/api/graphql', { body: { query: { a: 1 } } }))
    expect(failures).toEqual([])
  }, 120_000)

  it('public pages and the comment form', async () => {
    for (const path of [
      '/tin-tuc/%00',
      `/tin-tuc/${'a'.repeat(5000)}`,
      `/tin-tuc/${encodeURIComponent(NFD)}`,
      '/chuyen-muc/%E2%80%AE',
      `/tim-kiem?q=${encodeURIComponent(NFD)}`,
      `/tim-kiem?q=${'đề án '.repeat(2000)}`,
      '/tim-kiem?q[$ne]=x&trang=-1',
      '/van-ban?loai[$ne]=x&nam=abc&trang=99999999999999999999',
      '/bieu-hien/%00',
      '/tien-do?nam=99999999999999999999',
      '/du-lieu-mo/khong-co',
    ]) {
      const res = await rest('GET', path)
      if (res.status >= 500) failures.push(`GET ${path.slice(0, 60)} → ${res.status}`)
    }

    const { json } = await rest(
      'GET',
      '/api/articles?limit=1&where[_status][equals]=published&where[commentsEnabled][not_equals]=false&depth=0',
    )
    const article = json.docs[0]
    const page = await rest('GET', `/tin-tuc/${article.slug}`)
    // What a browser without JavaScript posts: the hidden fields React renders for the action.
    const unescape = (v: string) =>
      v
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&amp;/g, '&')
    const hidden = [...page.text.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?/g)].map(
      (m) => [m[1], unescape(m[2] ?? '')] as const,
    )
    expect(hidden.length, 'the comment form is a server action').toBeGreaterThan(0)
    const before = (await rest('GET', `/api/comments/count?where[article][equals]=${article.id}`, { as: 'editor' }))
      .json.totalDocs
    const post = (fields: Record<string, string>) => {
      const form = new FormData()
      for (const [name, value] of hidden) form.append(name, value)
      for (const [k, v] of Object.entries(fields)) form.append(k, v)
      return rest('POST', `/tin-tuc/${article.slug}`, { body: form, ip: '127.0.0.9' })
    }
    const forms: Record<string, string>[] = [
      { article: article.id, authorName: '', email: 'x', body: '' },
      { article: 'khong-co', authorName: 'A', email: 'a@example.vn', body: MARK },
      { article: article.id, authorName: 'A', email: 'a@example.vn', body: `<script>${MARK}</script>` },
      { article: article.id, authorName: 'A', email: 'a@example.vn', body: MARK, website: 'http://spam.example' },
      { article: article.id, authorName: 'A'.repeat(5000), email: 'a@example.vn', body: MARK },
      { article: article.id, authorName: 'A', email: 'a@example.vn', body: 'x'.repeat(13 * 1024 * 1024) },
    ]
    for (const fields of forms) {
      const res = await post(fields)
      if (res.status >= 500)
        failures.push(`comment form ${Object.keys(fields).join(',')} → ${res.status} ${res.text.slice(0, 100)}`)
    }
    const after = (await rest('GET', `/api/comments/count?where[article][equals]=${article.id}`, { as: 'editor' })).json
      .totalDocs
    expect(after).toBe(before)
    expect(failures).toEqual([])
  }, 180_000)

  it('still serves afterwards', async () => {
    expect((await rest('GET', '/api/articles?limit=1')).status).toBe(200)
    expect((await rest('GET', '/')).status).toBe(200)
  })
})
