import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD as PASSWORD } from '@/seed/demoArticles'
import { api } from '../helpers/dossiers'
import { testServer as server } from '../helpers/env'
import { login } from '../helpers/http'

const tokenFor = async (email: string) => (await login({ email, password: PASSWORD })).token

const STATES = ['complete', 'inadequate', 'inReview', 'none', 'new'] as const
type Tally = Record<(typeof STATES)[number] | 'total' | 'required', number>
type Rollup = { districts: { id: string; name: string; code: string; tally: Tally }[]; total: Tally; sentence: string }

async function rollup(query = 'year=2022'): Promise<Rollup> {
  const res = await api('anonymous', 'GET', `/api/progress/province?${query}`)
  expect(res.status, res.text.slice(0, 200)).toBe(200)
  return res.json
}

async function orgId(code: string): Promise<string> {
  const r = await api('admin', 'GET', `/api/organizations?where[code][equals]=${encodeURIComponent(code)}&depth=0`)
  return String(r.json.docs[0].id)
}

/** A board account of one district, as an administrator would create it. */
async function boardAccount(role: 'reviewer' | 'inspector' | 'org-officer', code: string): Promise<string> {
  const email = `${role}.${code.toLowerCase()}.${Date.now().toString(36)}@soisua.vn`
  const res = await api('admin', 'POST', '/api/users', {
    email,
    password: PASSWORD,
    name: `${role} ${code}`,
    roles: [role],
    organizations: [await orgId(code)],
  })
  expect(res.status, res.text.slice(0, 200)).toBe(201)
  return `JWT ${await tokenFor(email)}`
}

async function as<T = any>(auth: string, path: string): Promise<{ status: number; json: T }> {
  const res = await fetch(`${server().baseUrl}${path}`, {
    headers: { Authorization: auth, Accept: 'application/json' },
  })
  return { status: res.status, json: (await res.json().catch(() => null)) as T }
}

describe('the province roll-up', () => {
  it('has a row per district, and the province row is the sum of the rows, at every period', async () => {
    for (const asOf of ['2022-03-31', '2022-06-30', '2022-09-30', '2022-12-31', '']) {
      const r = await rollup(`year=2022${asOf ? `&asOf=${asOf}` : ''}`)
      expect(r.districts.length).toBe(8)
      for (const key of [...STATES, 'total', 'required'] as const) {
        expect(
          r.districts.reduce((s, d) => s + d.tally[key], 0),
          `${key} ${asOf}`,
        ).toBe(r.total[key])
      }
    }
  })

  it('gives each district the figures of that district alone, the reference district unchanged', async () => {
    const r = await rollup()
    for (const d of r.districts) {
      const alone = await api('anonymous', 'GET', `/api/progress?year=2022&district=${d.id}`)
      expect(alone.json.tally, d.name).toEqual(d.tally)
    }
    const reference = r.districts.find((d) => d.code === 'KN')!
    // The article's tally: 15 complete, 2 inadequate, 11 without a dossier, 7 new, of 35.
    expect(reference.tally).toMatchObject({ complete: 15, inadequate: 2, none: 11, new: 7, total: 35 })
    // /tien-do and its API speak for the site's district, not for the whole province.
    expect((await api('anonymous', 'GET', '/api/progress?year=2022')).json.tally).toEqual(reference.tally)
  })

  it('is shown on /tien-do/tinh with every district', async () => {
    const r = await rollup()
    const res = await fetch(`${server().baseUrl}/tien-do/tinh?nam=2022`)
    expect(res.status).toBe(200)
    const html = await res.text()
    for (const d of r.districts) expect(html).toContain(d.name)
    expect(html).toContain(`${r.sentence}.`)
    const district = await fetch(`${server().baseUrl}/tien-do?nam=2022`).then((x) => x.text())
    expect(district).toContain('href="/tien-do/tinh"')
  })
})

describe('a district sees only its own district', () => {
  let gn: string
  let kn: string
  beforeAll(async () => {
    gn = await boardAccount('reviewer', 'GN')
    kn = await boardAccount('reviewer', 'KN')
  })

  it('through REST: dossiers, events, organisations and members of another district are invisible', async () => {
    const gnOrg = await orgId('GN')
    for (const collection of ['dossiers', 'dossier-events', 'members', 'organizations']) {
      const own = await as(gn, `/api/${collection}?limit=200&depth=0`)
      expect(own.status).toBe(200)
      expect(own.json.totalDocs, `${collection} of Gia Nghĩa`).toBeGreaterThan(0)
      const theirs = await as(kn, `/api/${collection}?limit=200&depth=0`)
      const gnIds = new Set(own.json.docs.map((d: { id: string }) => d.id))
      expect(
        theirs.json.docs.filter((d: { id: string }) => gnIds.has(d.id)),
        `${collection}: Krông Nô reads Gia Nghĩa`,
      ).toEqual([])
      // and one by id: 404, as if it did not exist
      expect((await as(kn, `/api/${collection}/${own.json.docs[0].id}`)).status, collection).toBe(404)
    }
    const orgs = await as(kn, `/api/organizations/${gnOrg}`)
    expect(orgs.status).toBe(404)
  })

  it('through GraphQL and the exports', async () => {
    const query = '{ Dossiers(limit: 500) { docs { id organizationName } } }'
    const res = await fetch(`${server().baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { Authorization: kn, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    }).then((r) => r.json())
    const names: string[] = res.data.Dossiers.docs.map((d: { organizationName: string }) => d.organizationName)
    expect(names.length).toBeGreaterThan(0)
    expect(names.filter((n) => n.includes('Gia Nghĩa'))).toEqual([])

    const exportKn = await fetch(`${server().baseUrl}/api/progress/export?what=province&format=csv&year=2022`, {
      headers: { Authorization: kn },
    }).then((r) => r.text())
    expect(exportKn).toContain('Krông Nô')
    expect(exportKn).not.toContain('Gia Nghĩa')
    const exportProvince = await api('reviewer', 'GET', '/api/progress/export?what=province&format=csv&year=2022')
    expect(exportProvince.status).toBe(200)
  })

  it('while the province board sees every district', async () => {
    const province = `JWT ${await tokenFor('tuyengiao.tinh@soisua.vn')}`
    const r = await rollup()
    const res = await fetch(`${server().baseUrl}/api/progress/export?what=province&format=csv&year=2022`, {
      headers: { Authorization: province },
    })
    expect(res.status).toBe(200)
    const csv = await res.text()
    for (const d of r.districts) expect(csv).toContain(d.name)
    const dossiers = await as(province, '/api/dossiers?limit=1&depth=0')
    const all = await api('admin', 'GET', '/api/dossiers?limit=1&depth=0')
    expect(dossiers.json.totalDocs).toBe(all.json.totalDocs)
  })
})

describe("a district's inspection committee", () => {
  it('reads and counts its own district only', async () => {
    const gnInspector = await boardAccount('inspector', 'GN')
    const knInspector = await boardAccount('inspector', 'KN')
    const gnOrg = await orgId('GN-001')
    const created = await fetch(`${server().baseUrl}/api/inspections`, {
      method: 'POST',
      headers: { Authorization: gnInspector, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        subjectType: 'organization',
        organization: gnOrg,
        kind: 'violation-signs',
        startedAt: '2022-05-10T00:00:00.000+07:00',
        finding: 'violation',
      }),
    })
    expect(created.status).toBe(201)
    const id = (await created.json()).doc.id
    expect((await as(gnInspector, `/api/inspections/${id}`)).status).toBe(200)
    expect((await as(knInspector, `/api/inspections/${id}`)).status).toBe(404)
    const knList = await as(knInspector, '/api/inspections?limit=500&depth=0')
    expect(knList.json.docs.map((d: { id: string }) => d.id)).not.toContain(id)
    // Krông Nô's inspector cannot file a record about Gia Nghĩa either.
    const refused = await fetch(`${server().baseUrl}/api/inspections`, {
      method: 'POST',
      headers: { Authorization: knInspector, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        subjectType: 'organization',
        organization: gnOrg,
        kind: 'violation-signs',
        startedAt: '2022-05-10T00:00:00.000+07:00',
      }),
    })
    expect(refused.status).toBe(403)

    // A tally the newsroom publishes for the site's district does not count Gia Nghĩa's record.
    const tally = await api('editor', 'POST', '/api/published-tallies', {
      title: 'Kiểm thử: kỳ tháng 5/2022',
      periodFrom: '2022-05-01T00:00:00.000+07:00',
      periodTo: '2022-05-31T00:00:00.000+07:00',
    })
    expect(tally.status, tally.text.slice(0, 200)).toBe(201)
    const own = await as(knInspector, '/api/progress/inspections?from=2022-05-01&to=2022-05-31')
    expect(own.status).toBe(200)
    expect(tally.json.doc.figures.inspected).toEqual(own.json.inspected)
    const gnOwn = await as(gnInspector, '/api/progress/inspections?from=2022-05-01&to=2022-05-31')
    expect(gnOwn.json.inspected.organizations).toBe(1)
    expect((await api('editor', 'DELETE', `/api/published-tallies/${tally.json.doc.id}`)).status).toBe(200)
    expect((await api('admin', 'DELETE', `/api/inspections/${id}`)).status).toBe(200)
  })
})
