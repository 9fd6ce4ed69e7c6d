import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { graphql, login, rest } from '../helpers/http'

/**
 * The edges of the role rules: what the public sees is changed only by those who may publish,
 * accounts are unlocked by admins, edit locks are taken in one's own name, and nothing that
 * others still point at can be deleted.
 */
const unique = (prefix: string) =>
  `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase()

async function png(): Promise<Uint8Array> {
  const buffer = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#b22222' } })
    .png()
    .toBuffer()
  return new Uint8Array(buffer)
}

async function uploadImage(alt: string): Promise<{ id: string; url: string }> {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt }))
  form.append(
    'file',
    new Blob([(await png()) as BlobPart], { type: 'image/png' }),
    `${alt.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`,
  )
  const res = await rest('POST', '/api/media', { as: 'reporter', body: form })
  expect(res.status, res.text).toBe(201)
  return { id: String(res.json.doc.id), url: String(res.json.doc.url) }
}

async function article(as: 'editor' | 'reporter', status: 'draft' | 'published', cover?: string) {
  const title = unique('Bài kiểm thử quyền ')
  const res = await rest('POST', `/api/articles${status === 'draft' ? '?draft=true' : ''}`, {
    as,
    body: { title, lead: 'Sapo', _status: status, ...(cover ? { cover } : {}) },
  })
  expect(res.status, res.text).toBe(201)
  return { id: String(res.json.doc.id), title, slug: String(res.json.doc.slug) }
}

const publicMediaByAlt = async (alt: string) =>
  (await rest('GET', `/api/media?where[alt][like]=${encodeURIComponent(alt)}&depth=0`)).json?.docs?.length ?? -1

describe('a reporter and what the public reads', () => {
  let image: { id: string; url: string }
  let live: { id: string; title: string; slug: string }
  const alt = unique('Ảnh bài đã đăng ')

  beforeAll(async () => {
    image = await uploadImage(alt)
    live = await article('editor', 'published', image.id)
  })

  it('cannot change, unpublish or draft over a published article, through REST or GraphQL', async () => {
    // One at a time: SQLite takes one writer.
    const tries: [string, object][] = [
      [`/api/articles/${live.id}`, { title: 'Tiêu đề bị sửa' }],
      [`/api/articles/${live.id}`, { _status: 'draft' }],
      [`/api/articles/${live.id}?draft=true`, { title: 'Bản nháp đè' }],
      [`/api/articles?where[id][equals]=${live.id}`, { title: 'Sửa hàng loạt' }],
    ]
    for (const [path, body] of tries) {
      const res = await rest('PATCH', path, { as: 'reporter', body })
      // Refused, or (a bulk update) nothing matched.
      expect(res.status === 403 || (res.status === 200 && res.json.docs.length === 0), `${path} ${res.text}`).toBe(true)
    }
    const gql = await graphql(
      `
        mutation ($id: String!) {
          updateArticle(id: $id, data: { title: "Sửa qua GraphQL" }) {
            id
            title
          }
        }
      `,
      { id: live.id },
      { as: 'reporter' },
    )
    expect(gql.json.data?.updateArticle ?? null).toBeNull()
    const unpublish = await graphql(
      `
        mutation ($id: String!) {
          updateArticle(id: $id, data: { _status: draft }) {
            id
          }
        }
      `,
      { id: live.id },
      { as: 'reporter' },
    )
    expect(unpublish.json.data?.updateArticle ?? null).toBeNull()

    const seen = await rest('GET', `/api/articles/${live.id}?depth=0`)
    expect(seen.status).toBe(200)
    expect(seen.json.title).toBe(live.title)
    expect(seen.json._status).toBe('published')
  })

  it('cannot restore an old version over a published article', async () => {
    const versions = await rest('GET', `/api/articles/versions?where[parent][equals]=${live.id}&depth=0`, {
      as: 'reporter',
    })
    expect(versions.status).toBe(200)
    const restore = await rest('POST', `/api/articles/versions/${versions.json.docs[0].id}`, { as: 'reporter' })
    expect(restore.status).toBeGreaterThanOrEqual(400)
  })

  it('still writes and edits drafts, and cannot publish them', async () => {
    const draft = await article('reporter', 'draft')
    const edit = await rest('PATCH', `/api/articles/${draft.id}?draft=true`, {
      as: 'reporter',
      body: { lead: 'Sapo mới' },
    })
    expect(edit.status, edit.text).toBe(200)
    const publish = await rest('PATCH', `/api/articles/${draft.id}`, { as: 'reporter', body: { _status: 'published' } })
    expect(publish.status).toBe(403)
  })

  it('cannot replace the image or alt text of a published article, but edits an unused image', async () => {
    const alter = await rest('PATCH', `/api/media/${image.id}`, { as: 'reporter', body: { alt: 'Ảnh đã bị thay' } })
    expect(alter.status).toBe(403)
    const form = new FormData()
    form.append('_payload', JSON.stringify({}))
    form.append('file', new Blob([(await png()) as BlobPart], { type: 'image/png' }), 'thay-the.png')
    expect((await rest('PATCH', `/api/media/${image.id}`, { as: 'reporter', body: form })).status).toBe(403)
    const alterGql = await graphql(
      `
        mutation ($id: String!) {
          updateMedia(id: $id, data: { alt: "GraphQL" }) {
            id
          }
        }
      `,
      { id: image.id },
      { as: 'reporter' },
    )
    expect(alterGql.json.data?.updateMedia ?? null).toBeNull()
    expect((await rest('GET', `/api/media/${image.id}?depth=0`)).json.alt).toBe(alt)

    const spare = await uploadImage(unique('Ảnh chưa dùng '))
    expect(
      (await rest('PATCH', `/api/media/${spare.id}`, { as: 'reporter', body: { caption: 'Chú thích' } })).status,
    ).toBe(200)
  })

  it('the public lists and fetches only images that published articles show', async () => {
    const draftAlt = unique('Ảnh bài nháp bí mật ')
    const draftImage = await uploadImage(draftAlt)
    await article('reporter', 'draft', draftImage.id)
    expect(await publicMediaByAlt(draftAlt)).toBe(0)
    expect([403, 404]).toContain((await rest('GET', draftImage.url)).status)
    expect(
      (await graphql(`{ allMedia(where: { alt: { like: "${draftAlt}" } }) { docs { id } } }`)).json.data?.allMedia
        ?.docs ?? [],
    ).toEqual([])
    expect(await publicMediaByAlt(alt)).toBe(1)
    expect((await rest('GET', image.url)).status).toBe(200)
    // The newsroom still finds the draft's image.
    const staff = await rest('GET', `/api/media?where[alt][like]=${encodeURIComponent(draftAlt)}&depth=0`, {
      as: 'reporter',
    })
    expect(staff.json.docs).toHaveLength(1)

    // Unpublished by an editor: its image leaves the public list too.
    const other = await uploadImage(unique('Ảnh sẽ gỡ '))
    const post = await article('editor', 'published', other.id)
    expect((await rest('GET', other.url)).status).toBe(200)
    expect((await rest('PATCH', `/api/articles/${post.id}`, { as: 'editor', body: { _status: 'draft' } })).status).toBe(
      200,
    )
    expect([403, 404]).toContain((await rest('GET', other.url)).status)
  })
})

describe('named rights to make things public', () => {
  it('the inspection committee prepares tallies; only the newsroom publishes them', async () => {
    const body = {
      title: unique('Số liệu kiểm thử '),
      periodFrom: '2022-01-01T00:00:00.000+07:00',
      periodTo: '2022-06-30T00:00:00.000+07:00',
    }
    expect(
      (await rest('POST', '/api/published-tallies', { as: 'inspector', body: { ...body, published: true } })).status,
    ).toBe(403)
    const prepared = await rest('POST', '/api/published-tallies', { as: 'inspector', body })
    expect(prepared.status, prepared.text).toBe(201)
    const id = prepared.json.doc.id
    expect(
      (await rest('PATCH', `/api/published-tallies/${id}`, { as: 'inspector', body: { published: true } })).status,
    ).toBe(403)
    expect(
      (await rest('PATCH', `/api/published-tallies/${id}`, { as: 'editor', body: { published: true } })).status,
    ).toBe(200)
    expect(
      (await rest('PATCH', `/api/published-tallies/${id}`, { as: 'inspector', body: { note: 'Sửa sau khi công bố' } }))
        .status,
    ).toBe(403)
    expect((await rest('DELETE', `/api/published-tallies/${id}`, { as: 'inspector' })).status).toBe(403)
    expect((await rest('GET', `/api/published-tallies/${id}`)).status).toBe(200)
    expect((await rest('DELETE', `/api/published-tallies/${id}`, { as: 'editor' })).status).toBe(200)
  })

  it('public inspection figures cover at least a month', async () => {
    const short = await rest('POST', '/api/published-tallies', {
      as: 'editor',
      body: {
        title: unique('Một ngày '),
        periodFrom: '2021-03-05T00:00:00.000+07:00',
        periodTo: '2021-03-05T00:00:00.000+07:00',
      },
    })
    expect(short.status).toBe(400)
    expect(short.text).toContain('ít nhất một tháng')
  })

  it('the Propaganda Board prepares guidance documents that stay internal until an editor makes them public', async () => {
    const doc = {
      title: unique('Văn bản kiểm thử '),
      type: 'cong-van',
      issuer: 'Ban Tuyên giáo (kiểm thử)',
      issuedAt: '2024-03-05T00:00:00.000+07:00',
    }
    expect(
      (
        await rest('POST', '/api/guidance-documents', {
          as: 'reviewer',
          body: { ...doc, visibility: 'public', _status: 'published' },
        })
      ).status,
    ).toBe(403)
    const internal = await rest('POST', '/api/guidance-documents', {
      as: 'reviewer',
      body: { ...doc, visibility: 'internal', _status: 'published' },
    })
    expect(internal.status, internal.text).toBe(201)
    const id = internal.json.doc.id
    expect(
      (await rest('PATCH', `/api/guidance-documents/${id}`, { as: 'reviewer', body: { visibility: 'public' } })).status,
    ).toBe(403)
    expect((await rest('GET', `/api/guidance-documents/${id}`)).status).toBe(404)
    expect(
      (await rest('PATCH', `/api/guidance-documents/${id}`, { as: 'editor', body: { visibility: 'public' } })).status,
    ).toBe(200)
    expect(
      (
        await rest('PATCH', `/api/guidance-documents/${id}`, {
          as: 'reviewer',
          body: { summary: 'Sửa văn bản công khai' },
        })
      ).status,
    ).toBe(403)
    expect(
      (await rest('PATCH', `/api/guidance-documents/${id}`, { as: 'reviewer', body: { visibility: 'internal' } }))
        .status,
    ).toBe(403)
    expect((await rest('GET', `/api/guidance-documents/${id}`)).status).toBe(200)
  })
})

describe('accounts, locks and preferences', () => {
  it('only an admin unlocks an account', async () => {
    const email = (await login('editor')).user.email
    for (const as of ['reporter', 'editor', 'org-officer', 'inspector'] as const) {
      expect((await rest('POST', '/api/users/unlock', { as, body: { email } })).status, as).toBe(403)
    }
    expect((await rest('POST', '/api/users/unlock', { body: { email } })).status).toBeGreaterThanOrEqual(400)
    expect((await rest('POST', '/api/users/unlock', { as: 'admin', body: { email } })).status).toBe(200)
  })

  it('a lock is taken in one’s own name, and nobody lists locks on what they cannot read', async () => {
    const editor = await login('editor')
    const reporter = await login('reporter')
    const target = await article('reporter', 'draft')
    const forged = await rest('POST', '/api/payload-locked-documents', {
      as: 'reporter',
      body: {
        document: { relationTo: 'articles', value: target.id },
        user: { relationTo: 'users', value: editor.user.id },
      },
    })
    expect(forged.status).toBe(403)
    const own = await rest('POST', '/api/payload-locked-documents', {
      as: 'reporter',
      body: {
        document: { relationTo: 'articles', value: target.id },
        user: { relationTo: 'users', value: reporter.user.id },
      },
    })
    expect(own.status, own.text).toBe(201)

    const inspection = (await rest('GET', '/api/inspections?limit=1&depth=0', { as: 'inspector' })).json.docs[0]
    const lockOnInspection = await rest('POST', '/api/payload-locked-documents', {
      as: 'reporter',
      body: {
        document: { relationTo: 'inspections', value: inspection.id },
        user: { relationTo: 'users', value: reporter.user.id },
      },
    })
    expect(lockOnInspection.status).toBe(403)
    const inspectorLock = await rest('POST', '/api/payload-locked-documents', {
      as: 'inspector',
      body: {
        document: { relationTo: 'inspections', value: inspection.id },
        user: { relationTo: 'users', value: (await login('inspector')).user.id },
      },
    })
    expect(inspectorLock.status, inspectorLock.text).toBe(201)

    const seen = await rest('GET', '/api/payload-locked-documents?limit=100&depth=0', { as: 'reporter' })
    expect(seen.status).toBe(200)
    const ids = seen.json.docs.map((d: { id: string }) => String(d.id))
    expect(ids).toContain(String(own.json.doc.id))
    expect(ids).not.toContain(String(inspectorLock.json.doc.id))
    expect(
      (await rest('DELETE', `/api/payload-locked-documents/${inspectorLock.json.doc.id}`, { as: 'reporter' })).status,
    ).toBeGreaterThanOrEqual(400)
    expect((await rest('GET', '/api/payload-locked-documents')).status).toBe(403)
    for (const lock of [own, inspectorLock])
      await rest('DELETE', `/api/payload-locked-documents/${lock.json.doc.id}`, { as: 'admin' })
  })

  it('deleting a preference that does not exist is a 404', async () => {
    const res = await rest('DELETE', `/api/payload-preferences/${unique('khong-co-')}`, { as: 'reporter' })
    expect(res.status).toBe(404)
  })
})

describe('records that others still refer to', () => {
  it('a member named in an inspection is not deleted by the officer who cannot see the inspection', async () => {
    const orgs = await rest('GET', '/api/organizations?where[code][equals]=DM-TDP7&depth=0', { as: 'admin' })
    const member = await rest('POST', '/api/members', {
      as: 'org-officer',
      body: { name: unique('Đảng viên kiểm thử '), organization: orgs.json.docs[0].id, standing: 'full' },
    })
    expect(member.status, member.text).toBe(201)
    const id = member.json.doc.id
    const inspection = await rest('POST', '/api/inspections', {
      as: 'inspector',
      body: {
        subjectType: 'member',
        member: id,
        kind: 'violation-signs',
        startedAt: '2021-01-10',
        finding: 'pending',
        conclusion: 'Nội dung mật KT-9931',
      },
    })
    expect(inspection.status, inspection.text).toBe(201)

    const refused = await rest('DELETE', `/api/members/${id}`, { as: 'org-officer' })
    expect(refused.status).toBe(409)
    expect(refused.text).toContain('1 cuộc kiểm tra, giám sát')
    expect(refused.text).not.toContain('KT-9931')
    expect((await rest('GET', `/api/members/${id}`, { as: 'org-officer' })).status).toBe(200)
    const still = await rest('GET', `/api/inspections/${inspection.json.doc.id}?depth=0`, { as: 'inspector' })
    expect(still.json.member).toBe(id)

    expect((await rest('DELETE', `/api/inspections/${inspection.json.doc.id}`, { as: 'inspector' })).status).toBe(200)
    expect((await rest('DELETE', `/api/members/${id}`, { as: 'org-officer' })).status).toBe(200)
  })

  it('an indicator used in a record, an organisation with cells, and a group with indicators stay', async () => {
    const groups = await rest('GET', '/api/indicator-groups?limit=1&depth=0')
    const indicator = await rest('POST', '/api/indicators', {
      as: 'editor',
      body: { code: unique('KT-'), title: 'Biểu hiện kiểm thử', group: groups.json.docs[0].id },
    })
    expect(indicator.status, indicator.text).toBe(201)
    const members = await rest('GET', '/api/members?limit=1&depth=0', { as: 'inspector' }) // a member of the inspector's own district
    const discipline = await rest('POST', '/api/inspections', {
      as: 'inspector',
      body: {
        subjectType: 'member',
        member: members.json.docs[0].id,
        kind: 'violation-signs',
        startedAt: '2021-02-10',
        finding: 'pending',
        relatedIndicators: [indicator.json.doc.id],
      },
    })
    expect(discipline.status, discipline.text).toBe(201)
    const refused = await rest('DELETE', `/api/indicators/${indicator.json.doc.id}`, { as: 'editor' })
    expect(refused.status).toBe(409)
    expect(refused.text).toContain('cuộc kiểm tra, giám sát')
    expect((await rest('DELETE', `/api/indicator-groups/${groups.json.docs[0].id}`, { as: 'editor' })).status).toBe(409)
    expect((await rest('DELETE', `/api/inspections/${discipline.json.doc.id}`, { as: 'inspector' })).status).toBe(200)
    expect((await rest('DELETE', `/api/indicators/${indicator.json.doc.id}`, { as: 'editor' })).status).toBe(200)

    const parent = await rest('POST', '/api/organizations', {
      as: 'admin',
      body: {
        name: unique('Đảng bộ kiểm thử '),
        code: unique('KT-ORG-'),
        kind: 'grassroots-committee',
        sector: 'agency',
      },
    })
    expect(parent.status, parent.text).toBe(201)
    const cell = await rest('POST', '/api/organizations', {
      as: 'admin',
      body: {
        name: unique('Chi bộ kiểm thử '),
        code: unique('KT-CB-'),
        kind: 'cell',
        sector: 'agency',
        parent: parent.json.doc.id,
      },
    })
    expect(cell.status, cell.text).toBe(201)
    const orphaning = await rest('DELETE', `/api/organizations/${parent.json.doc.id}`, { as: 'admin' })
    expect(orphaning.status).toBe(409)
    expect(orphaning.text).toContain('1 tổ chức đảng')
    expect((await rest('DELETE', `/api/organizations/${cell.json.doc.id}`, { as: 'admin' })).status).toBe(200)
    expect((await rest('DELETE', `/api/organizations/${parent.json.doc.id}`, { as: 'admin' })).status).toBe(200)
  })

  it('an image a published article shows cannot be deleted', async () => {
    const image = await uploadImage(unique('Ảnh đang dùng '))
    const post = await article('editor', 'published', image.id)
    const refused = await rest('DELETE', `/api/media/${image.id}`, { as: 'editor' })
    expect(refused.status).toBe(409)
    expect(refused.text).toContain('1 bài viết')
    expect((await rest('DELETE', `/api/articles/${post.id}`, { as: 'editor' })).status).toBe(200)
    expect((await rest('DELETE', `/api/media/${image.id}`, { as: 'editor' })).status).toBe(200)
  })
})

describe('logins and one’s own account', () => {
  const PASSWORD = 'MatKhau@Cu2026'
  async function account() {
    const email = `${unique('tai-khoan-').toLowerCase()}@soisua.vn`
    const res = await rest('POST', '/api/users', {
      as: 'admin',
      body: { email, password: PASSWORD, name: 'Tài khoản kiểm thử', roles: ['reporter'] },
    })
    expect(res.status, res.text).toBe(201)
    return { id: String(res.json.doc.id), email }
  }
  const me = async (session: { token: string }) =>
    (await rest('GET', '/api/users/me', { as: { ...session, cookie: '', user: {} as never } })).json?.user ?? null

  it('logins to one account at the same moment all stay logged in, over REST and GraphQL', async () => {
    const { email } = await account()
    const overRest = Array.from({ length: 5 }, () => login({ email, password: PASSWORD }))
    const overGraphql = Array.from({ length: 2 }, async () => {
      const res = await graphql(
        `
          mutation ($email: String!, $password: String!) {
            loginUser(email: $email, password: $password) {
              token
            }
          }
        `,
        { email, password: PASSWORD },
      )
      expect(res.json.errors, res.text).toBeUndefined()
      return { token: res.json.data.loginUser.token as string }
    })
    // A wrong password among them gives its turn back at once.
    const refused = rest('POST', '/api/users/login', { body: { email, password: 'sai-mat-khau' } })
    const sessions = await Promise.all([...overRest, ...overGraphql])
    expect((await refused).status).toBe(401)
    const who = await Promise.all(sessions.map((s) => me(s)))
    expect(who.map((u) => u?.email ?? null)).toEqual(sessions.map(() => email))
  })

  it('a failed login says the same, after the same work, whether or not the account exists or is locked', async () => {
    const { email } = await account()
    const timed = async (body: object) => {
      const started = performance.now()
      const res = await rest('POST', '/api/users/login', { body })
      return { ms: performance.now() - started, status: res.status, message: res.json?.errors?.[0]?.message }
    }
    const wrong = await timed({ email, password: 'sai-mat-khau' })
    const unknown = await timed({ email: `${unique('khong-co-').toLowerCase()}@soisua.vn`, password: 'sai-mat-khau' })
    expect(unknown.status).toBe(wrong.status)
    expect(unknown.message).toBe(wrong.message)
    // Both hash a password: the unknown address is not answered in a fraction of the time.
    expect(unknown.ms).toBeGreaterThan(wrong.ms * 0.5)

    for (let i = 0; i < 5; i++) await rest('POST', '/api/users/login', { body: { email, password: 'sai-mat-khau' } })
    const locked = await timed({ email, password: PASSWORD })
    expect(locked.status).toBe(wrong.status)
    expect(locked.message).toBe(wrong.message)
    expect(locked.ms).toBeGreaterThan(wrong.ms * 0.5)
  })

  it('changing one’s own password or e-mail needs the current password and ends the other sessions', async () => {
    const { id, email } = await account()
    const first = await login({ email, password: PASSWORD })
    const second = await login({ email, password: PASSWORD })
    const asSecond = { ...second }

    expect(
      (await rest('PATCH', `/api/users/${id}`, { as: asSecond, body: { password: 'MatKhau@Moi2026' } })).status,
    ).toBe(403)
    expect(
      (
        await rest('PATCH', `/api/users/${id}`, {
          as: asSecond,
          body: { password: 'MatKhau@Moi2026', currentPassword: 'sai' },
        })
      ).status,
    ).toBe(403)
    expect((await rest('PATCH', `/api/users/${id}`, { as: asSecond, body: { email: `doi.${email}` } })).status).toBe(
      403,
    )
    expect(await me(first)).not.toBeNull()

    const changed = await rest('PATCH', `/api/users/${id}`, {
      as: asSecond,
      body: { password: 'MatKhau@Moi2026', currentPassword: PASSWORD },
    })
    expect(changed.status, changed.text).toBe(200)
    expect(await me(first)).toBeNull()
    expect(await me(second)).not.toBeNull()

    const third = await login({ email, password: 'MatKhau@Moi2026' })
    const moved = await rest('PATCH', `/api/users/${id}`, {
      as: second,
      body: { email: `doi.${email}`, currentPassword: 'MatKhau@Moi2026' },
    })
    expect(moved.status, moved.text).toBe(200)
    expect(await me(third)).toBeNull()
    expect(await me(second)).not.toBeNull()

    // An admin sets another account's password without knowing it; nobody else can.
    expect(
      (await rest('PATCH', `/api/users/${id}`, { as: 'editor', body: { password: 'MatKhau@Khac2026' } })).status,
    ).toBeGreaterThanOrEqual(403)
    expect(
      (await rest('PATCH', `/api/users/${id}`, { as: 'admin', body: { password: 'MatKhau@Admin2026' } })).status,
    ).toBe(200)
  })
})
