import { beforeAll, describe, expect, it } from 'vitest'
import { graphql, randomIp, rest } from '../helpers/http'

const DRAFT_SLUG = 'ban-nhap-ket-qua-danh-gia-cuoi-nam'

type ArticleDoc = { id: string; slug: string; title: string; _status: 'draft' | 'published'; publishedAt?: string }
type CommentDoc = { id: string; authorName: string; body: string; status: string; email?: string }
type List<T> = { docs: T[]; totalDocs: number }

/** An id of the database's own kind that no document has (uuid for SQLite, ObjectId for MongoDB). */
function missingId(like: string): string {
  return /^[0-9a-f]{24}$/i.test(like) ? 'ffffffffffffffffffffffff' : '00000000-0000-4000-8000-000000000000'
}

type ErrorBody = { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

/** Every message a client could show from a Payload error body, summary lines and field messages alike. */
function errorMessages(json: ErrorBody | undefined): string[] {
  return (json?.errors ?? []).flatMap((e) => [e.message, ...(e.data?.errors ?? []).map((f) => f.message)])
}

function expectVietnameseOnly(messages: string[]) {
  expect(messages.length).toBeGreaterThan(0)
  for (const m of messages) expect(m).not.toMatch(/\b(the following|invalid|is required)\b/i)
}

let draft: ArticleDoc
let published: ArticleDoc

beforeAll(async () => {
  const drafts = await rest<List<ArticleDoc>>(
    'GET',
    `/api/articles?where[slug][equals]=${DRAFT_SLUG}&draft=true&depth=0`,
    {
      as: 'editor',
    },
  )
  expect(drafts.status).toBe(200)
  draft = drafts.json.docs[0]
  expect(draft, 'the seed has the draft article').toBeDefined()
  expect(draft._status).toBe('draft')

  const list = await rest<List<ArticleDoc>>('GET', '/api/articles?depth=0&limit=1&sort=-publishedAt')
  published = list.json.docs[0]
  expect(published?._status).toBe('published')
})

describe('articles for the public', () => {
  it('lists only published articles over REST, with or without ?draft=true', async () => {
    for (const query of ['', '&draft=true']) {
      const res = await rest<List<ArticleDoc>>('GET', `/api/articles?limit=100&depth=0${query}`)
      expect(res.status).toBe(200)
      expect(res.json.totalDocs).toBeGreaterThan(0)
      expect(res.json.docs.map((d) => d.slug)).not.toContain(DRAFT_SLUG)
      expect(res.json.docs.every((d) => d._status === 'published')).toBe(true)
    }
    // Staff do see it: the filter above is access control, not missing data.
    const staff = await rest<List<ArticleDoc>>('GET', '/api/articles?limit=100&depth=0&draft=true', { as: 'reporter' })
    expect(staff.json.docs.map((d) => d.slug)).toContain(DRAFT_SLUG)
  })

  it('lists only published articles over GraphQL, with or without draft: true', async () => {
    for (const args of ['limit: 100', 'limit: 100, draft: true']) {
      const res = await graphql<{ Articles: { docs: { slug: string; _status: string }[] } }>(
        `{ Articles(${args}) { docs { slug _status } } }`,
      )
      expect(res.status).toBe(200)
      const docs = res.json.data?.Articles.docs ?? []
      expect(docs.length).toBeGreaterThan(0)
      expect(docs.map((d) => d.slug)).not.toContain(DRAFT_SLUG)
      expect(docs.every((d) => d._status === 'published')).toBe(true)
    }
    const staff = await graphql<{ Articles: { docs: { slug: string }[] } }>(
      '{ Articles(limit: 100, draft: true) { docs { slug } } }',
      {},
      { as: 'editor' },
    )
    expect(staff.json.data?.Articles.docs.map((d) => d.slug)).toContain(DRAFT_SLUG)
  })

  it('does not open a draft by its id', async () => {
    for (const query of ['', '?draft=true']) {
      const res = await rest('GET', `/api/articles/${draft.id}${query}`)
      expect([403, 404]).toContain(res.status)
      expect(res.text).not.toContain(DRAFT_SLUG)
    }
    const gql = await graphql<{ Article: { slug: string } | null }>(
      'query ($id: String!) { Article(id: $id, draft: true) { slug } }',
      {
        id: draft.id,
      },
    )
    expect(gql.json.data?.Article ?? null).toBeNull()
    expect(gql.text).not.toContain(DRAFT_SLUG)
  })

  it('answers 404 for ids and collections that do not exist', async () => {
    for (const as of [undefined, 'editor'] as const) {
      expect((await rest('GET', `/api/articles/${missingId(published.id)}`, { as })).status).toBe(404)
      expect((await rest('GET', `/api/comments/${missingId(published.id)}`, { as })).status).toBe(404)
      expect((await rest('GET', `/api/media/${missingId(published.id)}`, { as })).status).toBe(404)
    }
    expect((await rest('GET', '/api/khong-co-bo-suu-tap-nay')).status).toBe(404)
  })
})

describe('newsroom publishing rights', () => {
  it('lets a reporter write a draft but not publish it; the editor publishes', async () => {
    const title = `Tin thử nghiệm phóng viên ${Date.now()}`
    const createdPublished = await rest('POST', '/api/articles', {
      as: 'reporter',
      body: { title, _status: 'published' },
    })
    expect(createdPublished.status).toBe(403)

    const created = await rest<{ doc: ArticleDoc }>('POST', '/api/articles?draft=true', {
      as: 'reporter',
      body: { title, _status: 'draft' },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    expect(created.json.doc._status).toBe('draft')

    const publish = await rest('PATCH', `/api/articles/${id}`, { as: 'reporter', body: { _status: 'published' } })
    expect(publish.status).toBe(403)
    expect([403, 404]).toContain((await rest('GET', `/api/articles/${id}`)).status)

    const edited = await rest<{ doc: ArticleDoc }>('PATCH', `/api/articles/${id}?draft=true`, {
      as: 'reporter',
      body: { lead: 'Sapo do phóng viên viết.' },
    })
    expect(edited.status).toBe(200)

    const byEditor = await rest<{ doc: ArticleDoc }>('PATCH', `/api/articles/${id}`, {
      as: 'editor',
      body: { _status: 'published' },
    })
    expect(byEditor.status).toBe(200)
    expect(byEditor.json.doc._status).toBe('published')
    expect(byEditor.json.doc.publishedAt).toBeTruthy()

    const pub = await rest<ArticleDoc>('GET', `/api/articles/${id}`)
    expect(pub.status).toBe(200)
    expect(pub.json.title).toBe(title)
  })

  it('keeps a published article unchanged for the public while an editor works on a new draft of it', async () => {
    const title = `Bài đã đăng ${Date.now()}`
    const created = await rest<{ doc: ArticleDoc }>('POST', '/api/articles', {
      as: 'editor',
      body: { title, _status: 'published' },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const secret = `Tiêu đề nháp chưa duyệt ${Date.now()}`
    const saved = await rest('PATCH', `/api/articles/${id}?draft=true`, {
      as: 'editor',
      body: { title: secret, _status: 'draft' },
    })
    expect(saved.status).toBe(200)

    for (const path of [
      `/api/articles/${id}`,
      `/api/articles/${id}?draft=true`,
      '/api/articles?limit=100&draft=true',
    ]) {
      const res = await rest('GET', path)
      expect(res.text, path).not.toContain(secret)
    }
    const one = await rest<ArticleDoc>('GET', `/api/articles/${id}`)
    expect(one.status).toBe(200)
    expect(one.json.title).toBe(title)
    const gql = await graphql('query ($id: String!) { Article(id: $id, draft: true) { title } }', { id })
    expect(gql.text).not.toContain(secret)
  })
})

describe('readers’ comments', () => {
  const post = (body: unknown, ip = randomIp()) =>
    rest<{ doc: CommentDoc } & ErrorBody>('POST', '/api/comments', { body, ip })
  const comment = (extra: Record<string, unknown> = {}) => ({
    article: published.id,
    authorName: 'Bạn đọc Krông Nô',
    email: `ban-doc-${Date.now()}-${Math.random().toString(36).slice(2)}@example.vn`,
    body: 'Cách làm của huyện rất cụ thể, mong được nhân rộng.',
    ...extra,
  })

  it('holds an anonymous comment as pending, out of public view', async () => {
    const input = comment()
    const res = await post(input)
    expect(res.status).toBe(201)
    expect(res.json.doc.status).toBe('pending')
    expect(res.text).not.toContain(input.email)
    // The answer names the article; it does not send the whole article back.
    expect(Object.keys((res.json.doc as { article?: object }).article ?? {}).sort()).toEqual(['id', 'slug', 'title'])

    const list = await rest<List<CommentDoc>>('GET', `/api/comments?where[id][equals]=${res.json.doc.id}`)
    expect(list.status).toBe(200)
    expect(list.json.docs).toEqual([])
    expect([403, 404]).toContain((await rest('GET', `/api/comments/${res.json.doc.id}`)).status)
  })

  it('ignores a status chosen by an anonymous poster', async () => {
    const res = await post(comment({ status: 'approved' }))
    expect(res.status).toBe(201)
    expect(res.json.doc.status).toBe('pending')
  })

  it('never shows the email to the public, even once approved (REST and GraphQL)', async () => {
    const input = comment()
    const created = await post(input)
    expect(created.status).toBe(201)
    const id = created.json.doc.id

    const approve = await rest<{ doc: CommentDoc }>('PATCH', `/api/comments/${id}`, {
      as: 'editor',
      body: { status: 'approved' },
    })
    expect(approve.status).toBe(200)
    expect(approve.json.doc.email).toBe(input.email)

    const one = await rest<CommentDoc>('GET', `/api/comments/${id}`)
    expect(one.status).toBe(200)
    expect(one.json.authorName).toBe(input.authorName)
    expect(one.json.email).toBeUndefined()

    const list = await rest<List<CommentDoc>>('GET', '/api/comments?limit=100')
    expect(list.json.docs.map((d) => d.id)).toContain(id)
    expect(list.text).not.toContain('@example.vn')

    const gql = await graphql<{ Comments: { docs: { id: string; email: string | null }[] } }>(
      '{ Comments(limit: 100) { docs { id email authorName } } }',
    )
    expect(gql.text).not.toContain(input.email)
    const docs = gql.json.data?.Comments?.docs ?? []
    expect(docs.every((d) => !d.email)).toBe(true)

    // Nor can the public find out whose address it is by filtering on it.
    const probe = await rest<List<CommentDoc>>(
      'GET',
      `/api/comments?where[email][equals]=${encodeURIComponent(input.email)}`,
    )
    expect(probe.json?.docs ?? []).toEqual([])
  })

  it('answers malformed JSON with a 4xx, not a server error', async () => {
    const res = await rest('POST', '/api/comments', { body: '{"authorName": "A", "body": ', ip: randomIp() })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  it('refuses an over-long comment with a Vietnamese message', async () => {
    const res = await post(comment({ body: 'Ý kiến '.repeat(300) + 'hết.' }))
    expect(res.status).toBe(400)
    expect(errorMessages(res.json)).toContain('Bình luận tối đa 2000 ký tự (hiện có 2104).')
    expectVietnameseOnly(errorMessages(res.json))
  })

  it('refuses markup with a Vietnamese message', async () => {
    const res = await post(comment({ body: 'Hay quá <script>alert(1)</script>' }))
    expect(res.status).toBe(400)
    expect(errorMessages(res.json).join('\n')).toContain('văn bản thuần')
    expectVietnameseOnly(errorMessages(res.json))
  })
})

describe('restricted collections', () => {
  it('does not let the public read staff accounts', async () => {
    const list = await rest('GET', '/api/users')
    expect(list.status).toBe(403)
    expect(list.text).not.toContain('@soisua.vn')
    const admin = await rest<List<{ id: string }>>('GET', '/api/users?where[email][equals]=admin@soisua.vn', {
      as: 'admin',
    })
    const one = await rest('GET', `/api/users/${admin.json.docs[0].id}`)
    expect(one.status).toBe(403)
    const gql = await graphql('{ Users { docs { email roles } } }')
    expect(gql.text).not.toContain('@soisua.vn')
    expect(gql.json.errors?.length).toBeGreaterThan(0)
  })

  it('does not let the public, or a reporter, read party organisations', async () => {
    for (const as of [undefined, 'reporter'] as const) {
      const res = await rest('GET', '/api/organizations', { as })
      expect(res.status).toBe(403)
      expect(res.text).not.toContain('Krông Nô')
      const gql = await graphql('{ Organizations { docs { name code } } }', {}, { as })
      expect(gql.text).not.toContain('Krông Nô')
      expect(gql.json.errors?.length).toBeGreaterThan(0)
    }
    // The organisation's own officer does see theirs (and only theirs and those below: the
    // dossier tests cover the scope): the refusals above are about the role.
    const officer = await rest<List<{ code: string }>>('GET', '/api/organizations?where[code][in]=DM,KN&depth=0', {
      as: 'org-officer',
    })
    expect(officer.status).toBe(200)
    expect(officer.json.docs.map((d) => d.code)).toEqual(['DM'])
  })
})
