import { describe, expect, it } from 'vitest'
import { clientMistake } from '@/http/apiErrors'
import { clientAddress } from '@/http/clientKey'
import { checkGraphqlQuery } from '@/http/graphqlCheck'
import { isCrossSiteCookieWrite } from '@/http/origin'
import { bodyKind, checkFileRoute, checkJsonBody, checkQuery, parseQuery } from '@/http/requestCheck'

const articles = {
  slug: 'articles',
  flattenedFields: [
    { name: 'title', type: 'text' },
    { name: 'publishedAt', type: 'date' },
    { name: 'part', type: 'number' },
  ],
}
const query = (search: string) => checkQuery(parseQuery(search), articles)

describe('query strings Payload cannot turn into a database query', () => {
  it('refuses the ones that used to end in a server error, in Vietnamese', () => {
    for (const search of [
      '?page=99999999999999999999',
      '?limit=abc',
      '?depth=99',
      '?where[title][near]=1,2',
      '?where[title][within]=1,2',
      '?where[title][intersects]=1,2',
      '?where[publishedAt][greater_than]=notadate',
      '?where[publishedAt][in]=2026-01-01,notadate',
      '?where[part][equals]=abc',
      '?where=x',
      '?where[title]=x',
      '?where[title][equals][$ne]=x',
      '?where[title][regex]=.*',
      '?where[or]=x',
      '?where[title][exists]=maybe',
      '?sort[x]=1',
      '?select=title',
    ]) {
      const refusal = query(search)
      expect(refusal?.status, search).toBe(400)
      expect(refusal?.message, search).toMatch(/[ạảãáàâăđêôơưộệếềểờớợủụứừữựỳ]/)
    }
  })

  it('lets through what the admin and the site send', () => {
    for (const search of [
      '',
      '?page=2&limit=10&depth=1&sort=-publishedAt',
      '?where[title][like]=đề án',
      '?where[or][0][title][equals]=a&where[or][1][part][greater_than]=2',
      '?where[publishedAt][less_than_equal]=2026-11-29T00:00:00.000Z',
      '?where[id][in]=a,b,c',
      '?where[categories.slug][equals]=de-an-05',
      '?where[title][exists]=false',
      '?select[title]=true&populate[authors][name]=true',
      '?limit=0',
    ]) {
      expect(query(search), search).toBeNull()
    }
  })

  it('allows geographic operators only on a point field', () => {
    const places = { slug: 'places', flattenedFields: [{ name: 'location', type: 'point' }] }
    expect(checkQuery(parseQuery('?where[location][near]=1,2,1000'), places)).toBeNull()
  })
})

describe('bodies', () => {
  it('wants a JSON object without prototype keys or absurd nesting', () => {
    expect(checkJsonBody(null)?.status).toBe(400)
    expect(checkJsonBody([1, 2])?.status).toBe(400)
    expect(checkJsonBody('x')?.status).toBe(400)
    expect(checkJsonBody(JSON.parse('{"title":"a","meta":{"__proto__":{"isAdmin":true}}}'))?.message).toContain(
      '__proto__',
    )
    let deep: unknown = 'x'
    for (let i = 0; i < 200; i++) deep = { a: deep }
    expect(checkJsonBody(deep)?.status).toBe(400)
    expect(checkJsonBody({ title: 'Đề án 05', blocks: [{ children: [{ text: 'a' }] }] })).toBeNull()
  })

  it('knows the content types Payload reads and refuses the others with 415', () => {
    expect(bodyKind('application/json; charset=utf-8')).toBe('json')
    expect(bodyKind('multipart/form-data; boundary=abc')).toBe('multipart')
    expect(bodyKind('multipart/form-data')).toMatchObject({ status: 400 })
    expect(bodyKind('application/xml')).toMatchObject({ status: 415 })
    expect(bodyKind('text/plain')).toMatchObject({ status: 415 })
    expect(bodyKind(null)).toMatchObject({ status: 415 })
  })
})

describe('file routes', () => {
  const media = { slug: 'media', upload: {}, flattenedFields: [{ name: 'alt', type: 'text' }] }
  it('treats impossible names as not found and refuses prefix on local storage', () => {
    expect(checkFileRoute('a\u0000.jpg', {}, media)?.status).toBe(404)
    expect(checkFileRoute('a'.repeat(5000), {}, media)?.status).toBe(404)
    expect(checkFileRoute('../x.jpg', {}, media)?.status).toBe(404)
    expect(checkFileRoute('x.jpg', { prefix: 'x' }, media)?.status).toBe(400)
    expect(checkFileRoute('anh-bia.webp', {}, media)).toBeNull()
  })
})

describe('GraphQL documents', () => {
  it('refuses fragment cycles and syntax errors before Payload sees them', () => {
    expect(
      checkGraphqlQuery('{ Articles { docs { ...A } } } fragment A on Article { ...B } fragment B on Article { ...A }')
        ?.status,
    ).toBe(400)
    expect(checkGraphqlQuery('{ Articles { docs ')?.status).toBe(400)
    expect(checkGraphqlQuery(undefined)?.status).toBe(400)
    expect(checkGraphqlQuery('{ Articles { docs { title ...A } } } fragment A on Article { slug }')).toBeNull()
  })
})

describe('errors thrown below Payload', () => {
  it('are the client’s when the input was unreadable, the server’s otherwise', () => {
    expect(clientMistake(new SyntaxError('Unexpected token n in JSON'))?.status).toBe(400)
    expect(clientMistake(new Error('Unexpected end of form'))?.status).toBe(400)
    expect(clientMistake(new RangeError('Invalid time value'))?.status).toBe(400)
    expect(clientMistake(new Error('SQLITE_BUSY: database is locked'))).toBeNull()
    expect(clientMistake(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBeNull()
  })
})

describe('cross-site writes with the login cookie', () => {
  const headers = (h: Record<string, string>) =>
    new Headers({ host: 'localhost:3000', cookie: 'payload-token=abc', ...h })
  it('refuses another site’s Origin even without SERVER_URL', () => {
    expect(isCrossSiteCookieWrite('POST', headers({ origin: 'https://evil.example' }))).toBe(true)
    expect(isCrossSiteCookieWrite('DELETE', headers({ origin: 'null' }))).toBe(true)
    expect(isCrossSiteCookieWrite('PATCH', headers({ 'sec-fetch-site': 'cross-site' }))).toBe(true)
  })
  it('lets the site itself, other tokens, reads and anonymous posts through', () => {
    expect(isCrossSiteCookieWrite('POST', headers({ origin: 'http://localhost:3000' }))).toBe(false)
    expect(
      isCrossSiteCookieWrite('POST', headers({ origin: 'https://soisua.example.vn' }), {
        serverUrl: 'https://soisua.example.vn',
      }),
    ).toBe(false)
    expect(isCrossSiteCookieWrite('POST', headers({ origin: 'https://evil.example', authorization: 'JWT x' }))).toBe(
      false,
    )
    expect(isCrossSiteCookieWrite('GET', headers({ origin: 'https://evil.example' }))).toBe(false)
    expect(
      isCrossSiteCookieWrite('POST', new Headers({ host: 'localhost:3000', origin: 'https://evil.example' })),
    ).toBe(false)
    expect(isCrossSiteCookieWrite('POST', headers({}))).toBe(false)
  })
  it('believes X-Forwarded-Host only behind a trusted proxy', () => {
    const proxied = headers({ origin: 'https://soisua.vn', 'x-forwarded-host': 'soisua.vn' })
    expect(isCrossSiteCookieWrite('POST', proxied, { trustProxy: true })).toBe(false)
    expect(isCrossSiteCookieWrite('POST', proxied, { trustProxy: false })).toBe(true)
  })
})

describe('the client address behind a request', () => {
  it('ignores X-Forwarded-For and X-Real-IP unless the proxy is trusted', () => {
    const spoofed = new Headers({ 'x-forwarded-for': '1.2.3.4', 'x-real-ip': '5.6.7.8' })
    expect(clientAddress(spoofed, false)).toBe('')
    expect(clientAddress(spoofed, true)).toBe('1.2.3.4')
    expect(clientAddress(new Headers({ 'x-real-ip': '5.6.7.8' }), true)).toBe('5.6.7.8')
  })
})
