import { describe, expect, it } from 'vitest'
import { rest } from '../helpers/http'
import { siteSearch } from '../helpers/search'

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase()
const errorText = (json: { errors?: { message?: string }[] } | undefined) =>
  (json?.errors ?? []).map((e) => e.message).join(' ')

async function orgId(code: string): Promise<string> {
  const res = await rest('GET', `/api/organizations?where[code][equals]=${code}&depth=0`, { as: 'admin' })
  expect(res.json?.docs?.length, res.text).toBe(1)
  return String(res.json.docs[0].id)
}

async function createOrg(name: string, parent: string): Promise<string> {
  const res = await rest('POST', '/api/organizations', {
    as: 'admin',
    body: { name, code: `T-${unique()}`, kind: 'cell', sector: 'agency', parent },
  })
  expect(res.status, res.text).toBe(201)
  return String(res.json.doc.id)
}

describe('the organisation tree', () => {
  it('refuses to put an organisation below itself or below one of its own, and keeps the old parent', async () => {
    const dm = await orgId('DM')
    const upper = await createOrg(`Tổ chức trên ${unique()}`, dm)
    const lower = await createOrg(`Tổ chức dưới ${unique()}`, upper)
    try {
      for (const parent of [upper, lower]) {
        const res = await rest('PATCH', `/api/organizations/${upper}`, { as: 'admin', body: { parent } })
        expect(res.status, res.text).toBe(400)
        expect(errorText(res.json)).toContain(
          'Không thể đặt tổ chức trực thuộc chính nó hoặc một tổ chức cấp dưới của nó.',
        )
      }
      const kept = await rest('GET', `/api/organizations/${upper}?depth=0`, { as: 'admin' })
      expect(String(kept.json.parent)).toBe(dm)

      // Moving it anywhere else in the tree is fine.
      const moved = await rest('PATCH', `/api/organizations/${lower}?depth=0`, { as: 'admin', body: { parent: dm } })
      expect(moved.status, moved.text).toBe(200)
      expect(String(moved.json.doc.parent)).toBe(dm)
    } finally {
      // The tallies of /tien-do count organisations: leave none behind.
      await rest('DELETE', `/api/organizations/${lower}`, { as: 'admin' })
      await rest('DELETE', `/api/organizations/${upper}`, { as: 'admin' })
    }
  })
})

describe('indicator groups', () => {
  async function createGroup(name: string): Promise<string> {
    const res = await rest('POST', '/api/indicator-groups', { as: 'editor', body: { code: `G${unique()}`, name } })
    expect(res.status, res.text).toBe(201)
    return String(res.json.doc.id)
  }

  it("carry their new name into their indicators' search entries when renamed", async () => {
    const before = `nhomcu${unique().toLowerCase()}`
    const after = `nhommoi${unique().toLowerCase()}`
    const group = await createGroup(`Nhóm ${before}`)
    const code = `KT-${unique()}`
    const indicator = await rest('POST', '/api/indicators', {
      as: 'editor',
      body: { code, title: 'Biểu hiện thử đổi tên nhóm', group },
    })
    expect(indicator.status, indicator.text).toBe(201)
    try {
      const page = `/bieu-hien/${code.toLowerCase()}`
      expect((await siteSearch(before)).links).toEqual([page])

      const renamed = await rest('PATCH', `/api/indicator-groups/${group}`, {
        as: 'editor',
        body: { name: `Nhóm ${after}` },
      })
      expect(renamed.status, renamed.text).toBe(200)
      expect((await siteSearch(after)).links).toEqual([page])
      expect((await siteSearch(before)).links).toEqual([])
    } finally {
      await rest('DELETE', `/api/indicators/${indicator.json.doc.id}`, { as: 'editor' })
      await rest('DELETE', `/api/indicator-groups/${group}`, { as: 'editor' })
    }
  })

  it('cannot be deleted while they hold indicators, and can once emptied', async () => {
    const group = await createGroup(`Nhóm còn biểu hiện ${unique()}`)
    const indicator = await rest('POST', '/api/indicators', {
      as: 'editor',
      body: { code: `KX-${unique()}`, title: 'Biểu hiện giữ nhóm', group },
    })
    expect(indicator.status, indicator.text).toBe(201)

    const refused = await rest('DELETE', `/api/indicator-groups/${group}`, { as: 'editor' })
    expect(refused.status, refused.text).toBe(409)
    expect(errorText(refused.json)).toContain('còn 1 biểu hiện đang tham chiếu đến mục này')
    expect((await rest('GET', `/api/indicator-groups/${group}`)).status).toBe(200)

    expect((await rest('DELETE', `/api/indicators/${indicator.json.doc.id}`, { as: 'editor' })).status).toBe(200)
    expect((await rest('DELETE', `/api/indicator-groups/${group}`, { as: 'editor' })).status).toBe(200)
    expect((await rest('GET', `/api/indicator-groups/${group}`)).status).toBe(404)
  })
})
