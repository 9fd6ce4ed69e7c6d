import { beforeAll, describe, expect, it } from 'vitest'
import {
  api,
  completeContent,
  createCell,
  dossierIn,
  gql,
  indicatorIds,
  pdfBytes,
  setupOtherOfficer,
  transition,
  uploadForm,
  type Who,
} from '../helpers/dossiers'
import { testServer } from '../helpers/env'

/**
 * The roles (README, demo accounts) for restricted records: the district boards read everything; an org-officer
 * reads and writes their own organisations and those below; editors, reporters and the
 * public see nothing, through any door.
 */
const ACTORS: Who[] = [
  'admin',
  'editor',
  'reporter',
  'org-officer',
  'other-officer',
  'reviewer',
  'approver',
  'inspector',
  'anonymous',
]
const READS_ALL: Who[] = ['admin', 'reviewer', 'approver', 'inspector']
const WRITERS: Who[] = ['admin', 'org-officer']

type Side = 'mine' | 'theirs'
/** What each actor should see of the two fixtures: the demo officer's, and another organisation's. */
function visibleTo(who: Who): Side[] {
  if (READS_ALL.includes(who)) return ['mine', 'theirs']
  if (who === 'org-officer') return ['mine']
  if (who === 'other-officer') return ['theirs']
  return []
}

const COLLECTIONS = ['organizations', 'members', 'dossiers', 'commitments', 'dossier-files', 'dossier-events'] as const
type Slug = (typeof COLLECTIONS)[number]
const GRAPHQL_NAME: Record<Slug, string> = {
  organizations: 'Organizations',
  members: 'Members',
  dossiers: 'Dossiers',
  commitments: 'Commitments',
  'dossier-files': 'DossierFiles',
  'dossier-events': 'DossierEvents',
}

const ids: Record<Slug, Record<Side, string>> = {} as never
const fileUrl: Record<Side, string> = {} as never
let indicators: string[] = []

async function fixture(side: Side, who: Who, orgId: string) {
  const member = await api(who, 'POST', '/api/members', {
    name: `Đảng viên ${side}`,
    organization: orgId,
    standing: 'full',
  })
  expect(member.status, member.text).toBe(201)
  const dossier = await api(who, 'POST', '/api/dossiers', {
    organization: orgId,
    year: 2023,
    ...completeContent(indicators),
  })
  expect(dossier.status, dossier.text).toBe(201)
  const dossierId = String(dossier.json.doc.id)
  const commitment = await api(who, 'POST', '/api/commitments', {
    dossier: dossierId,
    member: member.json.doc.id,
    commitment: 'Tôi cam kết khắc phục',
    identified: [{ indicator: indicators[0] }],
  })
  expect(commitment.status, commitment.text).toBe(201)
  const file = await api(
    who,
    'POST',
    '/api/dossier-files',
    uploadForm({ dossier: dossierId, kind: 'remedy-plan' }, pdfBytes(), `ke-hoach-${side}.pdf`, 'application/pdf'),
  )
  expect(file.status, file.text).toBe(201)
  // Submitted, so there is an event and a few versions to guard.
  const submitted = await transition(who, dossierId, { action: 'submit' })
  expect(submitted.status, submitted.text).toBe(200)
  const events = await api('admin', 'GET', `/api/dossier-events?where[dossier][equals]=${dossierId}&depth=0`)
  ids.organizations[side] = orgId
  ids.members[side] = String(member.json.doc.id)
  ids.dossiers[side] = dossierId
  ids.commitments[side] = String(commitment.json.doc.id)
  ids['dossier-files'][side] = String(file.json.doc.id)
  ids['dossier-events'][side] = String(events.json.docs[0].id)
  fileUrl[side] = String(file.json.doc.url)
}

beforeAll(async () => {
  for (const slug of COLLECTIONS) ids[slug] = {} as never
  indicators = await indicatorIds()
  const other = await setupOtherOfficer()
  const mine = await createCell('DM', 'quyền truy cập')
  await fixture('mine', 'org-officer', mine.id)
  await fixture('theirs', 'other-officer', other.orgId)
})

const expectedIds = (slug: Slug, who: Who) =>
  visibleTo(who)
    .map((side) => ids[slug][side])
    .sort()

describe('reading restricted records', () => {
  for (const slug of COLLECTIONS) {
    for (const who of ACTORS) {
      it(`${who} sees exactly ${visibleTo(who).join(' and ') || 'nothing'} of ${slug} through REST`, async () => {
        const both = [ids[slug].mine, ids[slug].theirs]
        const list = await api(who, 'GET', `/api/${slug}?where[id][in]=${both.join(',')}&depth=0&limit=10`)
        const seen = list.status === 200 ? list.json.docs.map((d: { id: string }) => String(d.id)).sort() : []
        if (list.status !== 200) expect([401, 403]).toContain(list.status)
        expect(seen).toEqual(expectedIds(slug, who))
        for (const side of ['mine', 'theirs'] as Side[]) {
          const one = await api(who, 'GET', `/api/${slug}/${ids[slug][side]}?depth=0`)
          if (visibleTo(who).includes(side)) expect(one.status).toBe(200)
          else expect([401, 403, 404]).toContain(one.status)
        }
      })

      it(`${who} sees exactly ${visibleTo(who).join(' and ') || 'nothing'} of ${slug} through GraphQL`, async () => {
        const both = [ids[slug].mine, ids[slug].theirs].map((id) => JSON.stringify(id)).join(', ')
        const res = await gql(
          who,
          `{ ${GRAPHQL_NAME[slug]}(where: { id: { in: [${both}] } }, limit: 10) { docs { id } } }`,
        )
        const docs =
          (res.json.data as Record<string, { docs: { id: string }[] } | null> | null)?.[GRAPHQL_NAME[slug]]?.docs ?? []
        expect(docs.map((d) => String(d.id)).sort()).toEqual(expectedIds(slug, who))
        if (visibleTo(who).length === 0) expect(res.json.errors?.[0]?.message).toBeTruthy()
      })
    }
  }

  for (const who of ACTORS) {
    it(`${who} reads dossier version history only where they read the dossier`, async () => {
      const both = [ids.dossiers.mine, ids.dossiers.theirs]
      const res = await api(who, 'GET', `/api/dossiers/versions?where[parent][in]=${both.join(',')}&depth=0&limit=100`)
      const parents =
        res.status === 200 ? [...new Set(res.json.docs.map((v: { parent: string }) => String(v.parent)))].sort() : []
      expect(parents).toEqual(
        visibleTo(who)
          .map((s) => ids.dossiers[s])
          .sort(),
      )
      const g = await gql(
        who,
        `{ versionsDossiers(where: { parent: { in: [${both.map((i) => JSON.stringify(i)).join(', ')}] } }, limit: 100) { docs { id parent { id } } } }`,
      )
      const gParents = [
        ...new Set(
          (g.json.data?.versionsDossiers?.docs ?? []).map((v: { parent: { id: string } | null }) =>
            String(v.parent?.id),
          ),
        ),
      ]
      for (const p of gParents) expect(visibleTo(who).map((s) => ids.dossiers[s])).toContain(p)
      expect(gParents.length).toBe(visibleTo(who).length)
    })

    it(`${who} downloads dossier files only where they read the dossier`, async () => {
      for (const side of ['mine', 'theirs'] as Side[]) {
        const target = new URL(fileUrl[side], testServer().baseUrl)
        const res = await api(who, 'GET', target.pathname)
        if (visibleTo(who).includes(side)) {
          expect(res.status).toBe(200)
          expect(res.text.startsWith('%PDF-')).toBe(true)
          expect(res.headers.get('cache-control')).toContain('private')
        } else {
          expect([401, 403, 404]).toContain(res.status)
          expect(res.text.startsWith('%PDF-')).toBe(false)
        }
      }
    })
  }

  it('keeps file URLs out of public/', async () => {
    expect(fileUrl.mine).toMatch(/^(https?:\/\/[^/]+)?\/api\/dossier-files\/file\//)
    const guess = await api('anonymous', 'GET', `/${fileUrl.mine.split('/').pop()}`)
    expect(guess.text.startsWith('%PDF-')).toBe(false)
  })
})

describe('writing restricted records', () => {
  let cell: { id: string }
  let year = 2018
  beforeAll(async () => {
    cell = await createCell('DM', 'quyền ghi')
  })

  for (const who of ACTORS) {
    const allowed = WRITERS.includes(who)
    it(`${who} ${allowed ? 'may' : 'may not'} create, edit and delete a draft dossier of Đắk Mâm`, async () => {
      const create = await api(who, 'POST', '/api/dossiers', {
        organization: cell.id,
        year: ++year,
        ...completeContent(indicators),
      })
      if (allowed) expect(create.status, create.text).toBe(201)
      else expect([401, 403]).toContain(create.status)

      const { id } = await dossierIn('draft', { cell: await createCell('DM', `sửa ${who}`) })
      const patch = await api(who, 'PATCH', `/api/dossiers/${id}`, { selfAssessment: `Sửa bởi ${who}` })
      const after = (await api('admin', 'GET', `/api/dossiers/${id}?depth=0`)).json
      if (allowed) {
        expect(patch.status, patch.text).toBe(200)
        expect(after.selfAssessment).toBe(`Sửa bởi ${who}`)
      } else {
        expect([401, 403, 404]).toContain(patch.status)
        expect(after.selfAssessment ?? null).toBeNull()
      }
      const del = await api(who, 'DELETE', `/api/dossiers/${id}`)
      const still = await api('admin', 'GET', `/api/dossiers/${id}?depth=0`)
      expect(still.status).toBe(allowed ? 404 : 200)
      if (!allowed) expect([401, 403, 404]).toContain(del.status)
    })

    it(`${who} ${allowed ? 'may' : 'may not'} add members, commitments and files to a draft dossier of Đắk Mâm`, async () => {
      const { id, cell: c } = await dossierIn('draft', { cell: await createCell('DM', `hồ sơ ${who}`) })
      const member = await api(who, 'POST', '/api/members', {
        name: 'Nguyễn Văn Thử',
        organization: c.id,
        standing: 'full',
      })
      const file = await api(
        who,
        'POST',
        '/api/dossier-files',
        uploadForm({ dossier: id, kind: 'other' }, pdfBytes(), 'tai-lieu.pdf', 'application/pdf'),
      )
      const memberId =
        member.status === 201
          ? member.json.doc.id
          : (await api('org-officer', 'POST', '/api/members', { name: 'Trần Thị Thử', organization: c.id })).json.doc.id
      const commitment = await api(who, 'POST', '/api/commitments', {
        dossier: id,
        member: memberId,
        commitment: 'Cam kết',
      })
      for (const [what, res] of [
        ['member', member],
        ['file', file],
        ['commitment', commitment],
      ] as const) {
        if (allowed) expect(res.status, `${what}: ${res.text}`).toBe(201)
        else expect([401, 403], `${what}: ${res.text}`).toContain(res.status)
      }
    })
  }

  it('lets nobody change organisations but the admin', async () => {
    for (const who of ACTORS) {
      const res = await api(who, 'PATCH', `/api/organizations/${ids.organizations.mine}`, {
        name: `Đổi tên bởi ${who}`,
      })
      if (who === 'admin') expect(res.status).toBe(200)
      else expect([401, 403, 404]).toContain(res.status)
    }
  })

  it('locks commitments and files with their dossier once it has been submitted', async () => {
    // The fixtures' dossiers were submitted in beforeAll.
    const commitment = await api('org-officer', 'PATCH', `/api/commitments/${ids.commitments.mine}`, {
      commitment: 'Sửa sau khi gửi',
    })
    expect([403, 409]).toContain(commitment.status)
    const file = await api('org-officer', 'DELETE', `/api/dossier-files/${ids['dossier-files'].mine}`)
    expect([403, 409]).toContain(file.status)
    const added = await api(
      'org-officer',
      'POST',
      '/api/dossier-files',
      uploadForm({ dossier: ids.dossiers.mine, kind: 'other' }, pdfBytes(), 'muon.pdf', 'application/pdf'),
    )
    expect(added.status).toBe(409)
    expect(added.json.errors[0].message).toContain('Chờ thẩm định')
    const still = await api('admin', 'GET', `/api/commitments/${ids.commitments.mine}?depth=0`)
    expect(still.json.commitment).toBe('Tôi cam kết khắc phục')
  })
})
