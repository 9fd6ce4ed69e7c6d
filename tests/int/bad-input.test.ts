import { describe, expect, it } from 'vitest'
import { login, randomIp, rest } from '../helpers/http'
import { url } from '../helpers/env'

type ErrorBody = { errors?: { message: string }[] }
const VIETNAMESE = /[ạảãáàâăđêôơưộệếềểờớợủụứừữựỳýíìỉĩóòỏõúùũéèẻẽ]/i

/** A 4xx in the API's one shape, with a short Vietnamese message. */
function expectClientError(res: { status: number; json: ErrorBody; text: string }, what: string, status?: number) {
  if (status) expect(res.status, `${what} → ${res.text.slice(0, 200)}`).toBe(status)
  expect(res.status, `${what} → ${res.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
  expect(res.status, `${what} → ${res.text.slice(0, 200)}`).toBeLessThan(500)
  const message = res.json?.errors?.[0]?.message ?? ''
  expect(message, what).toMatch(VIETNAMESE)
  expect(message.length, what).toBeLessThan(200)
  expect(res.text, what).not.toMatch(/at .*\.js:\d+|node_modules|stack/i)
}

describe('bad input answers a 4xx, never a server error', () => {
  it('refuses bodies that are not a JSON object or of a type Payload cannot read', async () => {
    const cases: [string, string, string, number][] = [
      ['/api/comments', 'null', 'application/json', 400],
      ['/api/comments', '[1,2]', 'application/json', 400],
      ['/api/comments', '<comment/>', 'application/xml', 415],
      ['/api/comments', 'xin chào', 'text/plain', 415],
      [
        '/api/comments',
        '--x\r\nContent-Disposition: form-data; name="body"\r\n\r\nabc',
        'multipart/form-data; boundary=x',
        400,
      ],
      ['/api/comments', 'abc', 'multipart/form-data', 400],
      ['/api/comments', '{"body": "a", "__proto__": {"status": "approved"}}', 'application/json', 400],
    ]
    for (const [path, body, type, status] of cases) {
      const res = await rest<ErrorBody>('POST', path, { body, headers: { 'Content-Type': type } })
      expectClientError(res, `POST ${path} ${type} ${body.slice(0, 30)}`, status)
    }
    const upload = await rest<ErrorBody>('POST', '/api/media', {
      as: 'editor',
      body: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt": \r\n--x--\r\n',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
    })
    expectClientError(upload, 'POST /api/media with broken _payload', 400)
  })

  it('refuses query strings the database cannot run', async () => {
    for (const path of [
      '/api/articles?page=99999999999999999999',
      '/api/articles?where[title][near]=1,2',
      '/api/articles?where[title][within]=1,2',
      '/api/articles?where[title][intersects]=1,2',
      '/api/articles/count?where[title][near]=1,2',
      '/api/articles?where[publishedAt][greater_than]=notadate',
      '/api/articles?where=x',
      '/api/articles?where[title][equals][$ne]=x',
      '/api/comments?where[createdAt][less_than]=hôm-qua',
    ]) {
      expectClientError(await rest<ErrorBody>('GET', path), `GET ${path}`, 400)
    }
  })

  it('answers file routes for names no file can have with 404, and prefix with 400', async () => {
    for (const path of [
      '/api/media/file/khong-co-anh-nay.jpg',
      '/api/media/file/anh%00.jpg',
      `/api/media/file/${'a'.repeat(5000)}.jpg`,
    ]) {
      expectClientError(await rest<ErrorBody>('GET', path, { as: 'editor' }), `GET ${path.slice(0, 60)}`, 404)
    }
    // The public is told no more about a name that could be an image not yet public than about
    // one that is: both are refused alike.
    expectClientError(await rest<ErrorBody>('GET', '/api/media/file/khong-co-anh-nay.jpg'), 'GET unknown image', 403)
    expectClientError(
      await rest<ErrorBody>('GET', '/api/media/file/khong-co.jpg?prefix=x'),
      'GET file with prefix',
      400,
    )
  })

  it('refuses a GraphQL fragment cycle and an unknown preference', async () => {
    const cycle = await rest<ErrorBody>('POST', '/api/graphql', {
      body: {
        query: 'query { Articles { docs { ...A } } } fragment A on Article { ...B } fragment B on Article { ...A }',
      },
    })
    expectClientError(cycle, 'GraphQL fragment cycle', 400)
    const preference = await rest<ErrorBody>('DELETE', '/api/payload-preferences/khong-co-khoa-nay', { as: 'editor' })
    expectClientError(preference, 'DELETE unknown preference', 404)
  })

  it('refuses bodies over the limit with 413 before reading them whole', async () => {
    const huge = JSON.stringify({ authorName: 'A', email: 'a@example.vn', body: 'x'.repeat(9 * 1024 * 1024) })
    expectClientError(await rest<ErrorBody>('POST', '/api/comments', { body: huge }), 'huge JSON comment', 413)
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Ảnh quá lớn' }))
    form.append('file', new Blob([new Uint8Array(23 * 1024 * 1024)], { type: 'image/png' }), 'lon.png')
    expectClientError(await rest<ErrorBody>('POST', '/api/media', { as: 'editor', body: form }), 'huge upload', 413)
    expectClientError(await rest<ErrorBody>('POST', '/api/graphql', { body: huge }), 'huge GraphQL body', 413)
  })

  it('names a request id on every answer', async () => {
    const res = await rest('GET', '/api/articles?limit=1')
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{16}$/)
    const refused = await rest('GET', '/api/articles?where=x')
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f]{16}$/)
  })

  it('keeps serving after all of it', async () => {
    const res = await rest('GET', '/api/articles?limit=1')
    expect(res.status).toBe(200)
  })
})

describe('cookie-authenticated writes from another site', () => {
  const evil = 'https://evil.example'

  it('are refused with 403, and nothing is written', async () => {
    const { cookie } = await login('editor')
    const title = `Bài giả mạo ${Date.now()}`
    const forged = await rest<ErrorBody>('POST', '/api/articles', {
      body: { title },
      headers: { Cookie: cookie, Origin: evil },
    })
    expectClientError(forged, 'forged POST', 403)
    expect(forged.json.errors?.[0]?.message).toBe('Yêu cầu gửi từ trang web khác bị từ chối.')
    const comment = await rest<ErrorBody>('POST', '/api/comments', {
      body: { authorName: 'A', email: 'a@example.vn', body: 'Giả mạo' },
      headers: { Cookie: cookie, Origin: evil },
    })
    expectClientError(comment, 'forged comment with the login cookie', 403)
    const gql = await rest<ErrorBody>('POST', '/api/graphql', {
      body: { query: 'mutation ($t: String!) { createArticle(data: { title: $t }) { id } }', variables: { t: title } },
      headers: { Cookie: cookie, Origin: evil },
    })
    expectClientError(gql, 'forged GraphQL mutation', 403)
    const fetchLike = await rest<ErrorBody>('DELETE', '/api/articles?where[title][equals]=x', {
      headers: { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' },
    })
    expectClientError(fetchLike, 'cross-site DELETE without Origin', 403)
    const stored = await rest('GET', `/api/articles?where[title][equals]=${encodeURIComponent(title)}&draft=true`, {
      as: 'editor',
    })
    expect(stored.json.totalDocs).toBe(0)
  })

  it('leave same-origin cookie writes and token writes alone', async () => {
    const { cookie } = await login('editor')
    const own = new URL(url('/')).origin
    const sameSite = await rest('POST', '/api/articles?draft=true', {
      body: { title: `Cùng trang ${Date.now()}` },
      headers: { Cookie: cookie, Origin: own },
    })
    expect(sameSite.status, sameSite.text.slice(0, 200)).toBe(201)
    const token = await rest('POST', '/api/articles?draft=true', {
      as: 'editor',
      body: { title: `Bằng token ${Date.now()}` },
      headers: { Origin: evil },
    })
    expect(token.status, token.text.slice(0, 200)).toBe(201)
    for (const id of [sameSite.json.doc.id, token.json.doc.id]) {
      expect((await rest('DELETE', `/api/articles/${id}`, { as: 'editor' })).status).toBe(200)
    }
  })
})

describe('the comment rate limit', () => {
  it('counts the connection’s address, not the X-Forwarded-For or X-Real-IP a client makes up', async () => {
    const { json: articles } = await rest('GET', '/api/articles?limit=1&where[_status][equals]=published')
    const article = articles.docs[0].id
    const ip = randomIp()
    const post = (headers: Record<string, string> = {}, from = ip) =>
      rest('POST', '/api/comments', {
        ip: from,
        headers,
        body: { article, authorName: 'Bạn đọc', email: 'ban-doc@example.vn', body: 'Ý kiến về bài viết.' },
      })
    let accepted = 0
    let refused: Awaited<ReturnType<typeof post>> | undefined
    for (let i = 0; i < 200 && !refused; i++) {
      const res = await post()
      if (res.status === 201) accepted++
      else refused = res
    }
    expect(refused?.status).toBe(429)
    expect(accepted).toBeGreaterThan(0)
    for (let i = 0; i < 8; i++) {
      const made = `${1 + i}.${2 + i}.${3 + i}.${4 + i}`
      const res = await post({ 'X-Forwarded-For': made, 'X-Real-IP': made })
      expect(res.status, `made-up address ${made}`).toBe(429)
    }
    expect((await post({}, randomIp())).status).toBe(201)
  }, 120_000)
})
