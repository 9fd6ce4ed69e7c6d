import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COLLECTION_ACCESS, GLOBAL_ACCESS, WHO, type Cell, type Operation, type Who } from '@/access/matrix'
import { DEMO_PASSWORD } from '@/seed/demoArticles'
import { useOwnServer } from '../helpers/env'
import { startExtraServer, type ExtraServer } from '../helpers/extraServer'
import { login, randomIp, rest, type ApiResponse } from '../helpers/http'
import { completeContent, createCell, indicatorIds, pdfBytes, uploadForm } from '../helpers/dossiers'

/**
 * Every cell of src/access/matrix.ts, tried through REST, GraphQL and (for the public) the pages.
 *
 * Each collection has two fixtures: `a` is public (or of the org-officer's own organisation, or
 * the caller's own account) and `b` is not (a draft, internal, unpublished, another
 * organisation's, another account). Writes are tried without changing anything: an allowed
 * create or update carries an invalid value and answers 400, an allowed delete meets a record
 * that still refers to the fixture and answers 409, while a refusal answers 401, 403 or 404.
 * Unreferenced records are deleted for real, each attempt on a fresh one.
 */
type Side = 'a' | 'b'
type Fixture = Partial<Record<Side, string>>
type Spec = {
  gql?: { one: string; many: string; field?: string }
  /** A required field: set to null, it makes an allowed write fail validation (400). */
  invalid: Record<string, unknown>
  /** Data that would make a document public / take it back. */
  goesLive?: Record<string, unknown>
  takesBack?: Record<string, unknown>
  /** A whole create for side a or b, where a create without a file is refused before any rule is asked. */
  createForm?: (side: Side) => FormData
  /** Extra data for a create on side a or b (its organisation, its visibility). */
  createOn?: (side: Side) => Record<string, unknown>
  page?: (id: string) => Promise<string | undefined>
  /** A fresh record to delete, when nothing refers to this collection's fixtures. */
  fresh?: (side: Side) => Promise<string>
  file?: Partial<Record<Side, string>>
}

const fixtures: Record<string, Fixture> = {}
const specs: Record<string, Spec> = {}
const denied = (status: number) => status === 401 || status === 403 || status === 404
const unique = (p: string) => `${p}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase()
const as = (who: Who) => (who === 'anonymous' ? undefined : who)

/** A server fault is reported with the end of the server's log (once per file). */
let logShown = false
function serverLog(status: number): string {
  if (status < 500 || logShown || !own) return ''
  logShown = true
  return `\nCuối nhật ký máy chủ:\n${own.log()}`
}

async function must(res: Promise<ApiResponse> | ApiResponse, what: string): Promise<any> {
  const r = await res
  if (r.status >= 300) throw new Error(`${what}: HTTP ${r.status} ${r.text.slice(0, 300)}${serverLog(r.status)}`)
  return r.json?.doc ?? r.json
}
const create = async (slug: string, body: unknown, query = '') =>
  String((await must(rest('POST', `/api/${slug}${query}`, { as: 'admin', body }), `tạo ${slug}`)).id)

/** Which fixtures a cell lets the role reach. */
function reach(cell: Cell): Side[] {
  if (cell === 'allow') return ['a', 'b']
  if (cell === 'not-public') return ['b']
  if (cell === 'deny') return []
  return ['a']
}

/** Runs jobs a few at a time: fast, without flooding the one test server. */
async function pool<T>(jobs: (() => Promise<T>)[], width = 6): Promise<T[]> {
  const out: T[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const i = next++
        out[i] = await jobs[i]()
      }
    }),
  )
  return out
}

const userIds: Partial<Record<Who, string>> = {}
const sideOf = (slug: string, who: Who, side: Side): string | undefined =>
  slug === 'users' && side === 'a' ? userIds[who] : fixtures[slug]?.[side]

// The fixtures (records in two districts, inspections, tallies, comments) would change what other
// files count on the shared server: this file has a demo server of its own.
let own: ExtraServer | undefined
afterAll(async () => {
  useOwnServer(undefined)
  await own?.stop()
})

beforeAll(async () => {
  own = await startExtraServer({ SEED_ON_INIT: '1', SQLITE_SCHEMA_SYNC: '1', DEMO_PROVINCE_SCALE: '0.05' })
  useOwnServer(own.baseUrl)
  for (const who of WHO) if (who !== 'anonymous') userIds[who] = String((await login(who)).user.id)
  const indicators = await indicatorIds(3)

  // Newsroom: a published article showing image a, a draft one; a third (draft) article refers to everything.
  const png = new Uint8Array(
    await sharp({ create: { width: 16, height: 12, channels: 3, background: '#2e7d32' } })
      .png()
      .toBuffer(),
  )
  const image = async (alt: string) =>
    create('media', uploadForm({ alt }, png, `${alt.toLowerCase().replace(/\W+/g, '-')}.png`, 'image/png'))
  const mediaA = await image(unique('ma-tran-a-'))
  const mediaB = await image(unique('ma-tran-b-'))
  const series = await create('series', { title: unique('Loạt bài ma trận ') })
  const category = await create('categories', { title: unique('Chuyên mục ma trận ') })
  const author = await create('authors', { name: unique('Tác giả ma trận '), user: userIds.reporter })
  const group = await create('indicator-groups', { code: unique('MT'), name: 'Nhóm ma trận', order: 99 })
  const indicator = await create('indicators', { code: unique('MT-'), title: 'Biểu hiện ma trận', group })
  const fileA = await create(
    'document-files',
    uploadForm({ title: 'Tệp ma trận A' }, pdfBytes(), 'ma-tran-a.pdf', 'application/pdf'),
  )
  const fileB = await create(
    'document-files',
    uploadForm({ title: 'Tệp ma trận B' }, pdfBytes(), 'ma-tran-b.pdf', 'application/pdf'),
  )
  const docBase = { type: 'cong-van', issuer: 'Văn phòng (ma trận)', issuedAt: '2024-03-05T00:00:00.000+07:00' }
  const docA = await create('guidance-documents', {
    ...docBase,
    title: unique('Văn bản công khai '),
    visibility: 'public',
    _status: 'published',
    attachments: [{ file: fileA }],
  })
  const docB = await create('guidance-documents', {
    ...docBase,
    title: unique('Văn bản nội bộ '),
    visibility: 'internal',
    _status: 'draft',
    attachments: [{ file: fileB }],
  })
  const articleA = await create('articles', {
    title: unique('Bài ma trận đã đăng '),
    _status: 'published',
    cover: mediaA,
  })
  const articleB = await create('articles', { title: unique('Bài ma trận nháp '), _status: 'draft' }, '?draft=true')
  await create(
    'articles',
    {
      title: unique('Bài tham chiếu '),
      _status: 'draft',
      cover: mediaB,
      related: [articleA, articleB],
      documents: [docA, docB],
      indicators: [indicator],
      series,
      categories: [category],
      authors: [author],
    },
    '?draft=true',
  )
  const comment = async (status: string) => {
    const c = await must(
      rest('POST', '/api/comments', {
        body: { article: articleA, authorName: 'Bạn đọc', email: 'ban.doc@example.vn', body: 'Bình luận ma trận' },
        ip: randomIp(),
      }),
      'bình luận',
    )
    if (status !== 'pending')
      await must(rest('PATCH', `/api/comments/${c.id}`, { as: 'admin', body: { status } }), 'duyệt bình luận')
    return String(c.id)
  }
  const tally = async (published: boolean) =>
    create('published-tallies', {
      title: unique('Số liệu ma trận '),
      periodFrom: '2022-01-01',
      periodTo: '2022-06-30',
      published,
    })

  fixtures.articles = { a: articleA, b: articleB }
  fixtures.series = { a: series }
  fixtures.categories = { a: category }
  fixtures.authors = { a: author }
  fixtures.media = { a: mediaA, b: mediaB }
  fixtures.comments = { a: await comment('approved'), b: await comment('pending') }
  fixtures['guidance-documents'] = { a: docA, b: docB }
  fixtures['document-files'] = { a: fileA, b: fileB }
  fixtures['indicator-groups'] = { a: group }
  fixtures.indicators = { a: indicator }
  fixtures['published-tallies'] = { a: await tally(true), b: await tally(false) }
  const entry = await rest('GET', `/api/search-entries?where[refId][equals]=${articleA}&depth=0`, { as: 'admin' })
  fixtures['search-entries'] = { a: String(entry.json.docs[0].id) }

  // Two unrelated organisations: a new cell in the demo officer's Đắk Mâm (in the boards' district),
  // and one in another district, out of reach of the demo boards as much as of the officer.
  const otherDistrict = unique('MT-HUYEN-')
  await create('organizations', { name: `Huyện ủy ma trận ${otherDistrict}`, code: otherDistrict, kind: 'district' })
  const org: Record<Side, string> = {
    a: (await createCell('DM', 'ma trận A')).id,
    b: (await createCell(otherDistrict, 'ma trận B')).id,
  }
  const member = async (side: Side) =>
    create('members', { name: unique('Đảng viên ma trận '), organization: org[side], standing: 'full' })
  const members = { a: await member('a'), b: await member('b') }
  const dossiers = {
    a: await create('dossiers', { organization: org.a, year: 2023, ...completeContent(indicators) }),
    b: await create('dossiers', { organization: org.b, year: 2023, ...completeContent(indicators) }),
  }
  const commitment = async (side: Side, of?: string) =>
    create('commitments', {
      dossier: dossiers[side],
      member: of ?? (await member(side)),
      commitment: 'Cam kết',
      identified: [{ indicator: indicators[0] }],
    })
  const dossierFile = async (side: Side) =>
    create(
      'dossier-files',
      uploadForm({ dossier: dossiers[side], kind: 'remedy-plan' }, pdfBytes(), `ho-so-${side}.pdf`, 'application/pdf'),
    )
  // The fixture members are named in a commitment, so deleting them meets a reference.
  await commitment('a', members.a)
  await commitment('b', members.b)
  fixtures.organizations = org
  fixtures.members = members
  fixtures.dossiers = dossiers
  fixtures.commitments = { a: await commitment('a'), b: await commitment('b') }
  fixtures['dossier-files'] = { a: await dossierFile('a'), b: await dossierFile('b') }
  // Events are written by the workflow: a dossier of each side is submitted by an officer of its organisation.
  const officerB = `${unique('can-bo-ma-tran-').toLowerCase()}@soisua.vn`
  await create('users', {
    email: officerB,
    password: DEMO_PASSWORD,
    name: 'Cán bộ ma trận B',
    roles: ['org-officer'],
    organizations: [org.b],
  })
  const submittedEvent = async (side: Side) => {
    const id = await create('dossiers', { organization: org[side], year: 2022, ...completeContent(indicators) })
    const by = side === 'a' ? 'org-officer' : await login({ email: officerB, password: DEMO_PASSWORD })
    await must(rest('POST', `/api/dossiers/${id}/transition`, { as: by, body: { action: 'submit' } }), 'nộp hồ sơ')
    const events = await rest('GET', `/api/dossier-events?where[dossier][equals]=${id}&limit=1&depth=0`, {
      as: 'admin',
    })
    return String(events.json.docs[0].id)
  }
  fixtures['dossier-events'] = { a: await submittedEvent('a'), b: await submittedEvent('b') }

  // The inspection committee's records about a member of each side (the demo inspector's district, and the other),
  // dated before the periods other tests count.
  const inspectionOf = (side: Side) =>
    create('inspections', {
      subjectType: 'member',
      member: members[side],
      kind: 'violation-signs',
      startedAt: '2017-01-10',
      finding: 'pending',
    })
  const inspections = { a: await inspectionOf('a'), b: await inspectionOf('b') }
  const discipline = (side: Side) =>
    create('disciplinary-actions', {
      subjectType: 'member',
      member: members[side],
      form: 'reprimand',
      area: 'working-rules',
      decidedAt: '2017-03-01',
      decisionNumber: unique('QĐ-'),
      inspection: inspections[side],
    })
  fixtures.inspections = inspections
  fixtures['disciplinary-actions'] = { a: await discipline('a'), b: await discipline('b') }
  const otherUser = await create('users', {
    email: `${unique('ma-tran-').toLowerCase()}@soisua.vn`,
    password: 'SoiSua@2026',
    name: 'Tài khoản ma trận',
    roles: ['reporter'],
  })
  await create('authors', { name: unique('Bút danh '), user: otherUser })
  fixtures.users = { b: otherUser }

  const page = (prefix: string, field: string) => async (id: string) => {
    const doc = await rest('GET', `/api/${prefix}/${id}?depth=0&draft=true`, { as: 'admin' })
    return doc.json?.[field] ? String(doc.json[field]) : undefined
  }
  Object.assign(specs, {
    articles: {
      gql: { one: 'Article', many: 'Articles', field: 'title' },
      invalid: { title: null },
      goesLive: { _status: 'published' },
      takesBack: { _status: 'draft' },
      createOn: (s: Side) => ({ _status: s === 'a' ? 'published' : 'draft' }),
      page: async (id: string) => `/tin-tuc/${await page('articles', 'slug')(id)}`,
    },
    series: { gql: { one: 'Series', many: 'allSeries', field: 'title' }, invalid: { title: null } },
    categories: { gql: { one: 'Category', many: 'Categories', field: 'title' }, invalid: { title: null } },
    authors: { gql: { one: 'Author', many: 'Authors', field: 'name' }, invalid: { name: null } },
    media: { gql: { one: 'Media', many: 'allMedia', field: 'alt' }, invalid: { alt: null }, file: {} },
    comments: {
      gql: { one: 'Comment', many: 'Comments', field: 'authorName' },
      invalid: { authorName: null },
      fresh: async (s: Side) => comment(s === 'a' ? 'approved' : 'pending'),
    },
    'guidance-documents': {
      gql: { one: 'GuidanceDocument', many: 'GuidanceDocuments', field: 'title' },
      invalid: { title: null },
      goesLive: { _status: 'published', visibility: 'public' },
      takesBack: { visibility: 'internal' },
      createOn: (s: Side) => ({
        visibility: s === 'a' ? 'public' : 'internal',
        _status: s === 'a' ? 'published' : 'draft',
      }),
      page: async (id: string) => `/van-ban/${await page('guidance-documents', 'slug')(id)}`,
    },
    'document-files': {
      gql: { one: 'DocumentFile', many: 'DocumentFiles', field: 'title' },
      invalid: { title: null },
      file: {},
    },
    'indicator-groups': {
      gql: { one: 'IndicatorGroup', many: 'IndicatorGroups', field: 'name' },
      invalid: { name: null },
    },
    indicators: {
      gql: { one: 'Indicator', many: 'Indicators', field: 'title' },
      invalid: { title: null },
      page: async (id: string) => `/bieu-hien/${await page('indicators', 'code')(id)}`,
    },
    organizations: { gql: { one: 'Organization', many: 'Organizations', field: 'name' }, invalid: { name: null } },
    members: {
      gql: { one: 'Member', many: 'Members', field: 'name' },
      invalid: { name: null },
      createOn: (s: Side) => ({ organization: org[s] }),
    },
    dossiers: {
      gql: { one: 'Dossier', many: 'Dossiers' },
      invalid: { year: null },
      createOn: (s: Side) => ({ organization: org[s] }),
    },
    commitments: {
      gql: { one: 'Commitment', many: 'Commitments', field: 'commitment' },
      invalid: { member: null },
      createOn: (s: Side) => ({ dossier: dossiers[s] }),
      fresh: (s: Side) => commitment(s),
    },
    'dossier-files': {
      gql: { one: 'DossierFile', many: 'DossierFiles' },
      invalid: { dossier: null },
      createOn: (s: Side) => ({ dossier: dossiers[s] }),
      createForm: (s: Side) =>
        uploadForm({ dossier: dossiers[s], kind: 'remedy-plan' }, pdfBytes(), `tao-${s}.pdf`, 'application/pdf'),
      fresh: dossierFile,
      file: {},
    },
    'dossier-events': {
      gql: { one: 'DossierEvent', many: 'DossierEvents', field: 'summary' },
      invalid: { dossier: null },
    },
    inspections: { gql: { one: 'Inspection', many: 'Inspections', field: 'title' }, invalid: { kind: null } },
    'disciplinary-actions': {
      gql: { one: 'DisciplinaryAction', many: 'DisciplinaryActions', field: 'title' },
      invalid: { form: null },
      fresh: discipline,
    },
    'published-tallies': {
      gql: { one: 'PublishedTally', many: 'PublishedTallies', field: 'title' },
      invalid: { title: null },
      goesLive: { published: true },
      takesBack: { published: false },
      createOn: (s: Side) => ({ published: s === 'a', periodFrom: '2022-01-01', periodTo: '2022-06-30' }),
      fresh: (s: Side) => tally(s === 'a'),
    },
    'search-entries': {
      gql: { one: 'SearchEntry', many: 'SearchEntries', field: 'title' },
      invalid: { title: null },
      fresh: async () => {
        const article = await create('articles', { title: unique('Bài có mục tìm kiếm '), _status: 'published' })
        return String(
          (await rest('GET', `/api/search-entries?where[refId][equals]=${article}&depth=0`, { as: 'admin' })).json
            .docs[0].id,
        )
      },
    },
    users: { gql: { one: 'User', many: 'Users', field: 'name' }, invalid: { name: null } },
  } satisfies Record<string, Spec>)
  for (const slug of ['media', 'document-files', 'dossier-files']) {
    for (const side of ['a', 'b'] as Side[]) {
      const doc = await rest('GET', `/api/${slug}/${fixtures[slug][side]}?depth=0`, { as: 'admin' })
      specs[slug].file![side] = String(doc.json.url)
    }
  }
}, 400_000)

type Outcome = { door: string; who: Who; side: Side; expected: boolean; got: boolean; status: number }

/** Tries one operation on one collection for every role and fixture; returns what differs. */
async function tryCells(slug: string, op: Operation): Promise<Outcome[]> {
  const row = COLLECTION_ACCESS[slug][op]!
  const spec = specs[slug]
  const jobs: (() => Promise<Outcome[]>)[] = []
  for (const who of WHO) {
    for (const side of ['a', 'b'] as Side[]) {
      const id = sideOf(slug, who, side)
      if (!id && op !== 'create') continue
      const expected = reach(row[who]).includes(side)
      const o = (door: string, got: boolean, status: number): Outcome => ({ door, who, side, expected, got, status })
      jobs.push(async () => {
        switch (op) {
          case 'list': {
            const r = await rest('GET', `/api/${slug}?where[id][equals]=${id}&depth=0&limit=5`, { as: as(who) })
            const out = [
              o(
                'REST list',
                r.status === 200 && r.json.docs.some((d: { id: unknown }) => String(d.id) === id),
                r.status,
              ),
            ]
            if (spec.gql) {
              const q = await rest('POST', '/api/graphql', {
                as: as(who),
                body: { query: `{ ${spec.gql.many}(where: { id: { equals: "${id}" } }) { docs { id } } }` },
              })
              const docs = q.json?.data?.[spec.gql.many]?.docs ?? []
              out.push(
                o(
                  'GraphQL list',
                  docs.some((d: { id: unknown }) => String(d.id) === id),
                  q.status,
                ),
              )
            }
            return out
          }
          case 'read': {
            const r = await rest('GET', `/api/${slug}/${id}?depth=0`, { as: as(who) })
            const out = [o('REST read', r.status === 200, r.status)]
            if (spec.gql) {
              const q = await rest('POST', '/api/graphql', {
                as: as(who),
                body: { query: `query($id: String!) { ${spec.gql.one}(id: $id) { id } }`, variables: { id } },
              })
              out.push(o('GraphQL read', Boolean(q.json?.data?.[spec.gql.one]?.id), q.status))
            }
            if (spec.page && who === 'anonymous') {
              const path = await spec.page(id!)
              const p = path ? await rest('GET', path, { headers: { Accept: 'text/html' } }) : undefined
              if (p) out.push(o(`trang ${path}`, p.status === 200, p.status))
            }
            return out
          }
          case 'create': {
            const body = spec.createForm?.(side) ?? { ...spec.invalid, ...(spec.createOn?.(side) ?? {}) }
            if (!spec.createOn && side === 'b') return []
            const r = await rest('POST', `/api/${slug}`, { as: as(who), body })
            return [o('REST create', !denied(r.status) && r.status < 500, r.status)]
          }
          case 'update': {
            const r = await rest('PATCH', `/api/${slug}/${id}`, { as: as(who), body: spec.invalid })
            const out = [o('REST update', !denied(r.status) && r.status < 500, r.status)]
            if (spec.gql?.field) {
              const mutation = `mutation($id: String!) { update${spec.gql.one}(id: $id, data: { ${spec.gql.field}: null }) { id } }`
              const q = await rest('POST', '/api/graphql', {
                as: as(who),
                body: { query: mutation, variables: { id } },
              })
              const code = Number(q.json?.errors?.[0]?.extensions?.statusCode ?? (q.json?.data ? 200 : 0))
              out.push(o('GraphQL update', !denied(code) && code !== 0, code))
            }
            return out
          }
          case 'delete': {
            const target = spec.fresh ? await spec.fresh(side) : id
            const r = await rest('DELETE', `/api/${slug}/${target}`, { as: as(who) })
            if (spec.fresh && r.status !== 200) await rest('DELETE', `/api/${slug}/${target}`, { as: 'admin' })
            return [o('REST delete', spec.fresh ? r.status === 200 : r.status === 409, r.status)]
          }
          case 'publish':
          case 'unpublish': {
            if ((op === 'publish') !== (side === 'b')) return []
            const data = op === 'publish' ? spec.goesLive : spec.takesBack
            const r = await rest('PATCH', `/api/${slug}/${id}`, { as: as(who), body: { ...data, ...spec.invalid } })
            // Published or not, the row's `a`/`b` expectation is the role's right to do it at all.
            return [
              { ...o(`REST ${op}`, !denied(r.status) && r.status < 500, r.status), expected: row[who] === 'allow' },
            ]
          }
          case 'readVersions': {
            const r = await rest('GET', `/api/${slug}/versions?where[parent][equals]=${id}&depth=0&limit=1`, {
              as: as(who),
            })
            return [o('REST versions', r.status === 200 && r.json.docs.length > 0, r.status)]
          }
          case 'restoreVersion': {
            const versions = await rest(
              'GET',
              `/api/${slug}/versions?where[parent][equals]=${id}&depth=0&limit=1&sort=-updatedAt`,
              { as: 'admin' },
            )
            const r = await rest('POST', `/api/${slug}/versions/${versions.json.docs[0].id}`, { as: as(who) })
            return [o('REST restore', r.status === 200, r.status)]
          }
          case 'readFiles': {
            const r = await rest('GET', spec.file![side]!, { as: as(who), headers: { Accept: '*/*' } })
            return [o('tệp', r.status === 200, r.status)]
          }
          case 'unlock': {
            const email = (await rest('GET', `/api/users/${id}?depth=0`, { as: 'admin' })).json.email
            const r = await rest('POST', '/api/users/unlock', { as: as(who), body: { email } })
            return [o('REST unlock', r.status === 200, r.status)]
          }
        }
      })
    }
  }
  // Reads in parallel; writes one at a time, since SQLite takes one writer.
  return (
    await pool(jobs, op === 'list' || op === 'read' || op === 'readVersions' || op === 'readFiles' ? 4 : 1)
  ).flat()
}

const differences = (outcomes: Outcome[]) =>
  outcomes
    .filter((x) => x.expected !== x.got || x.status >= 500)
    .map(
      (x) =>
        `${x.who} ${x.door} ${x.side}: bảng nói ${x.expected ? 'được' : 'không'}, máy chủ ${x.got ? 'cho' : 'từ chối'} (HTTP ${x.status})${serverLog(x.status)}`,
    )

describe('the access table holds through every door', () => {
  for (const [slug, ops] of Object.entries(COLLECTION_ACCESS)) {
    // Deletes go last: a fixture that should not be deletable would otherwise be missing for the rest.
    const order = (Object.keys(ops) as Operation[]).sort((x, y) => Number(x === 'delete') - Number(y === 'delete'))
    it(
      slug,
      async () => {
        const problems: string[] = []
        for (const op of order) problems.push(...differences(await tryCells(slug, op)).map((p) => `${op}: ${p}`))
        expect(problems).toEqual([])
      },
      120_000,
    )
  }

  it('globals', async () => {
    const problems: string[] = []
    for (const [slug, row] of Object.entries(GLOBAL_ACCESS)) {
      const current = (await rest('GET', `/api/globals/${slug}?depth=0`, { as: 'admin' })).json
      for (const who of WHO) {
        const read = await rest('GET', `/api/globals/${slug}?depth=0`, { as: as(who) })
        if ((read.status === 200) !== (row.read[who] === 'allow'))
          problems.push(`${slug} read ${who}: HTTP ${read.status}`)
        const body = Object.fromEntries(
          Object.entries(current ?? {}).filter(([k]) => !['id', 'createdAt', 'updatedAt', 'globalType'].includes(k)),
        )
        const update = await rest('POST', `/api/globals/${slug}?depth=0`, { as: as(who), body })
        if ((update.status === 200) !== (row.update[who] === 'allow'))
          problems.push(`${slug} update ${who}: HTTP ${update.status} ${update.text.slice(0, 120)}`)
      }
    }
    expect(problems).toEqual([])
  })
})
