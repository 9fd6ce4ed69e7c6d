import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { DAK_MAM_CELLS, GRASSROOTS } from '@/seed/district'
import { url } from '../helpers/env'
import { graphql, login, rest, type As } from '../helpers/http'

const ARTICLE_SECTION =
  'Giai đoạn 2018 – 6/2021, ủy ban kiểm tra các cấp đã kiểm tra dấu hiệu vi phạm đối với 4 tập thể, 51 đảng viên; thi hành kỷ luật 2 tổ chức đảng, 104 đảng viên, trong đó có 2 tổ chức đảng, 8 đảng viên bị thi hành kỷ luật có liên quan đến các biểu hiện suy thoái. Cụ thể là 1 tổ chức đảng vi phạm quy chế làm việc, 1 tổ chức đảng mất đoàn kết nội bộ, 7 cá nhân vi phạm về đạo đức lối sống và 1 cá nhân vi phạm tư tưởng chính trị.'

const OUTSIDERS: As[] = [null, 'editor', 'reporter', 'org-officer', 'reviewer', 'approver']
const COLLECTIONS = [
  { slug: 'inspections', gql: 'Inspections', one: 'Inspection' },
  { slug: 'disciplinary-actions', gql: 'DisciplinaryActions', one: 'DisciplinaryAction' },
]
const who = (as: As) => (as === null ? 'công chúng' : String(as))

const ids: Record<string, string> = {}
let memberId: string
let orgId: string

beforeAll(async () => {
  for (const c of COLLECTIONS) {
    const res = await rest('GET', `/api/${c.slug}?limit=1&depth=0`, { as: 'inspector' })
    expect(res.status).toBe(200)
    ids[c.slug] = String(res.json.docs[0].id)
  }
  const m = await rest('GET', '/api/members?where[name][equals]=Đảng viên A001&depth=0', { as: 'admin' })
  memberId = String(m.json.docs[0].id)
  const o = await rest('GET', '/api/organizations?where[code][equals]=DM-TDP7&depth=0', { as: 'admin' })
  orgId = String(o.json.docs[0].id)
})

describe('inspection and discipline records', () => {
  it('are read by the inspection committee and admins: the whole seed', async () => {
    for (const as of ['inspector', 'admin'] as As[]) {
      expect((await rest('GET', '/api/inspections?limit=1', { as })).json.totalDocs).toBe(57)
      expect((await rest('GET', '/api/disciplinary-actions?limit=1', { as })).json.totalDocs).toBe(107)
    }
  })

  it('are invisible to everyone else through REST lists, single reads, versions and GraphQL', async () => {
    for (const as of OUTSIDERS) {
      for (const c of COLLECTIONS) {
        const list = await rest('GET', `/api/${c.slug}?limit=5&depth=0`, { as })
        expect(list.status === 403 || list.json?.totalDocs === 0, `${who(as)} GET /api/${c.slug}: ${list.status}`).toBe(
          true,
        )
        expect(list.text).not.toContain('Đảng viên A0')
        const one = await rest('GET', `/api/${c.slug}/${ids[c.slug]}?depth=0`, { as })
        expect([403, 404], `${who(as)} GET one ${c.slug}`).toContain(one.status)
        const versions = await rest('GET', `/api/${c.slug}/versions?limit=5`, { as })
        expect(
          versions.status === 404 || versions.status === 403 || versions.json?.totalDocs === 0,
          `${who(as)} versions ${c.slug}: ${versions.status}`,
        ).toBe(true)
        const q = await graphql(`{ ${c.gql}(limit: 5) { docs { id title } } }`, {}, { as })
        expect(q.json.data?.[c.gql]?.docs ?? null, `${who(as)} GraphQL ${c.gql}`).toBeNull()
        const single = await graphql(
          `query($id: String!) { ${c.one}(id: $id) { id title } }`,
          { id: ids[c.slug] },
          { as },
        )
        expect(single.json.data?.[c.one] ?? null, `${who(as)} GraphQL ${c.one}`).toBeNull()
      }
    }
  })

  it('cannot be written by anyone else', async () => {
    const body = {
      subjectType: 'member',
      member: memberId,
      kind: 'violation-signs',
      startedAt: '2021-01-10',
      finding: 'pending',
    }
    const count = async () => (await rest('GET', '/api/inspections?limit=1', { as: 'inspector' })).json.totalDocs
    const before = await count()
    for (const as of OUTSIDERS) {
      const created = await rest('POST', '/api/inspections', { as, body })
      expect(created.status, `${who(as)} create`).toBe(403)
      const updated = await rest('PATCH', `/api/disciplinary-actions/${ids['disciplinary-actions']}`, {
        as,
        body: { note: 'sửa trái phép' },
      })
      expect([403, 404], `${who(as)} update`).toContain(updated.status)
      const deleted = await rest('DELETE', `/api/inspections/${ids.inspections}`, { as })
      expect([403, 404], `${who(as)} delete`).toContain(deleted.status)
    }
    expect(await count()).toBe(before)
  })
})

describe('what the inspection committee may record', () => {
  it('refuses a form the Party Statute does not allow for the subject, in Vietnamese', async () => {
    const base = { decisionNumber: 'KT-01', decidedAt: '2021-03-01', area: 'working-rules' }
    const expel = await rest('POST', '/api/disciplinary-actions', {
      as: 'inspector',
      body: { ...base, subjectType: 'organization', organization: orgId, form: 'expulsion' },
    })
    expect(expel.status).toBe(400)
    expect(expel.json.errors[0].message).toContain('Hình thức kỷ luật không phù hợp với tổ chức đảng')
    const dissolve = await rest('POST', '/api/disciplinary-actions', {
      as: 'inspector',
      body: { ...base, subjectType: 'member', member: memberId, form: 'dissolution' },
    })
    expect(dissolve.status).toBe(400)
    expect(dissolve.json.errors[0].message).toContain('khiển trách, cảnh cáo, cách chức, khai trừ')
    const nobody = await rest('POST', '/api/inspections', {
      as: 'inspector',
      body: { subjectType: 'member', kind: 'violation-signs', startedAt: '2021-01-10' },
    })
    expect(nobody.status).toBe(400)
    expect(nobody.json.errors[0].message).toContain('Cần chọn đảng viên')
    expect((await rest('GET', '/api/disciplinary-actions?limit=1', { as: 'inspector' })).json.totalDocs).toBe(107)
  })

  it('marks a decision linked to indicators as related to degradation', async () => {
    const ind = await rest('GET', '/api/indicators?limit=1&depth=0')
    const res = await rest('POST', '/api/disciplinary-actions', {
      as: 'inspector',
      body: {
        subjectType: 'member',
        member: memberId,
        form: 'reprimand',
        area: 'member-duties',
        relatedIndicators: [ind.json.docs[0].id],
        relatedToDegradation: false,
        decisionNumber: 'KT-02',
        decidedAt: '2023-05-05T00:00:00.000+07:00',
      },
    })
    expect(res.status, res.text).toBe(201)
    expect(res.json.doc.relatedToDegradation).toBe(true)
    expect(res.json.doc.title).toBe('Khiển trách: Đảng viên A001')
    expect((await rest('DELETE', `/api/disciplinary-actions/${res.json.doc.id}`, { as: 'inspector' })).status).toBe(200)
  })
})

describe('inspection tallies', () => {
  it("equal the article's third section for 2018 – 6/2021", async () => {
    const res = await rest('GET', '/api/progress/inspections?from=2018-01-01&to=2021-06-30', { as: 'inspector' })
    expect(res.status).toBe(200)
    expect(res.json.inspected.byKind).toEqual({ 'violation-signs': { organizations: 4, members: 51 } })
    expect(res.json.disciplined).toMatchObject({ organizations: 2, members: 104 })
    expect(res.json.degradation).toEqual({
      organizations: 2,
      members: 8,
      byArea: {
        organization: { 'working-rules': 1, 'internal-unity': 1 },
        member: { 'ethics-lifestyle': 7, 'political-ideology': 1 },
      },
    })
    expect(res.json.sentence).toBe(ARTICLE_SECTION)
  })

  it('leave out what falls outside the period', async () => {
    const res = await rest('GET', '/api/progress/inspections?from=2022-01-01&to=2022-12-31', { as: 'admin' })
    expect(res.json.inspected).toMatchObject({
      organizations: 2,
      members: 0,
      byKind: { 'thematic-supervision': { organizations: 2, members: 0 } },
    })
    expect(res.json.disciplined).toMatchObject({ organizations: 0, members: 1 })
  })

  it('are for the inspection committee only, and refuse a bad period in Vietnamese', async () => {
    for (const as of ['reviewer', 'approver', 'editor', 'org-officer'] as As[]) {
      expect(
        (await rest('GET', '/api/progress/inspections?from=2018-01-01&to=2021-06-30', { as })).status,
        who(as),
      ).toBe(403)
    }
    expect((await rest('GET', '/api/progress/inspections?from=2018-01-01&to=2021-06-30')).status).toBe(401)
    const reversed = await rest('GET', '/api/progress/inspections?from=2021-06-30&to=2018-01-01', { as: 'inspector' })
    expect(reversed.status).toBe(400)
    expect(reversed.json.errors[0].message).toContain('Kỳ số liệu không hợp lệ')
  })

  it('export as XLSX for the committee', async () => {
    const session = await login('inspector')
    const res = await fetch(url('/api/progress/export?what=inspections&from=2018-01-01&to=2021-06-30&format=xlsx'), {
      headers: { Authorization: `JWT ${session.token}` },
    })
    expect(res.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never)
    const rows = (book.getWorksheet('Kiểm tra, giám sát')!.getSheetValues().filter(Boolean) as unknown[][]).map((r) =>
      r.slice(1),
    )
    expect(rows).toContainEqual(['Kiểm tra khi có dấu hiệu vi phạm', 4, 51])
    const discipline = (book.getWorksheet('Kỷ luật')!.getSheetValues().filter(Boolean) as unknown[][]).map((r) =>
      r.slice(1),
    )
    expect(discipline).toContainEqual(['Liên quan biểu hiện suy thoái', 'Tổng số', 2, 8])
    expect(
      (
        await rest('GET', '/api/progress/export?what=inspections&from=2018-01-01&to=2021-06-30&format=xlsx', {
          as: 'editor',
        })
      ).status,
    ).toBe(403)
  })
})

describe('published inspection tallies', () => {
  it('show the public only the published ones, as aggregates', async () => {
    const res = await rest('GET', '/api/published-tallies?depth=2')
    expect(res.status).toBe(200)
    expect(res.json.docs).toHaveLength(1)
    expect(res.json.docs[0].sentence).toBe(ARTICLE_SECTION)
    expect(res.text).not.toContain('Đảng viên A0')
    for (const o of [...GRASSROOTS, ...DAK_MAM_CELLS]) expect(res.text).not.toContain(o.name)
    expect(res.text).not.toContain(memberId)
    expect(res.text).not.toContain(orgId)

    const page = await fetch(url('/tien-do?nam=2022'))
    const html = (await page.text()).replace(/&#x27;/g, "'").replace(/&quot;/g, '"')
    expect(html).toContain(ARTICLE_SECTION)
    expect(html).not.toContain('Đảng viên A0')
  })

  it('are counted by the server when saved, ignoring figures sent by the client, and stay hidden until published', async () => {
    const created = await rest('POST', '/api/published-tallies', {
      as: 'editor',
      body: {
        title: 'Kiểm thử: kỳ năm 2022',
        periodFrom: '2022-01-01T00:00:00.000+07:00',
        periodTo: '2022-12-31T00:00:00.000+07:00',
        figures: { disciplined: { members: 999 } },
        sentence: 'bịa đặt',
      },
    })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id
    expect(created.json.doc.figures.disciplined.members).toBe(1)
    expect(created.json.doc.sentence).toContain('Giai đoạn 2022')
    try {
      expect((await rest('GET', `/api/published-tallies/${id}`)).status).toBe(404)
      expect((await rest('GET', '/api/published-tallies')).text).not.toContain('Kiểm thử: kỳ năm 2022')
      const html = await (await fetch(url('/tien-do?nam=2022'))).text()
      expect(html).not.toContain('Kiểm thử: kỳ năm 2022')
      const q = await graphql('{ PublishedTallies { docs { title } } }')
      expect(q.json.data.PublishedTallies.docs.map((d: { title: string }) => d.title)).not.toContain(
        'Kiểm thử: kỳ năm 2022',
      )
      expect(
        (
          await rest('POST', '/api/published-tallies', {
            body: { title: 'x', periodFrom: '2022-01-01', periodTo: '2022-02-01' },
          })
        ).status,
      ).toBe(403)
      const bad = await rest('PATCH', `/api/published-tallies/${id}`, {
        as: 'editor',
        body: { periodFrom: '2023-01-01T00:00:00.000+07:00' },
      })
      expect(bad.status).toBe(400)
      expect(bad.json.errors[0].message).toContain('Kỳ số liệu không hợp lệ')
    } finally {
      expect((await rest('DELETE', `/api/published-tallies/${id}`, { as: 'editor' })).status).toBe(200)
    }
  })
})
