/**
 * The audit trail: every kind of staff action leaves one row naming who, what, which record
 * and which fields (names only for restricted records); nobody can write, change or delete a
 * row through any door, admins included; the retention job removes only expired rows.
 */
import { describe, expect, it } from 'vitest'
import { demoEmail, graphql, login, randomIp, rest, type As } from '../helpers/http'
import { runScript } from '../helpers/scripts'
import { api, createCell, dossierIn, indicatorIds, transition } from '../helpers/dossiers'

type Row = {
  id: string
  at: string
  action: string
  actor?: string | null
  actorEmail?: string | null
  collectionSlug?: string | null
  recordId?: string | null
  recordTitle?: string | null
  changedFields?: string | null
  detail?: string | null
  address?: string | null
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`

/** The audit rows about one record, oldest first, as the admin reads them. */
async function rowsFor(collection: string, id: string): Promise<Row[]> {
  const res = await rest(
    'GET',
    `/api/audit-log?where[collectionSlug][equals]=${collection}&where[recordId][equals]=${id}&sort=at&limit=100&depth=0`,
    {
      as: 'admin',
    },
  )
  expect(res.status, res.text).toBe(200)
  return res.json.docs
}

async function rowsWhere(query: string, as: As = 'admin'): Promise<Row[]> {
  const res = await rest('GET', `/api/audit-log?${query}&sort=at&limit=100&depth=0`, { as })
  expect(res.status, res.text).toBe(200)
  return res.json.docs
}

const fieldsOf = (row: Row | undefined) => (row?.changedFields ?? '').split(', ').filter(Boolean)

describe('audit trail: each staff action leaves a row', () => {
  it('logins (with the client address), refused logins on REST and GraphQL, and logouts', async () => {
    const ip = randomIp()
    // Refused logins go to accounts of their own, so no demo account is ever locked by them.
    const target = `nhatky.sai.${unique()}@soisua.vn`
    const made = await rest('POST', '/api/users', {
      as: 'admin',
      body: { email: target, password: `Dung@${unique()}`, name: 'Tài khoản thử', roles: ['reporter'] },
    })
    expect(made.status, made.text).toBe(201)
    const nobody = `khongco.${unique()}@soisua.vn`
    const session = await login({ email: demoEmail('editor'), password: 'SoiSua@2026' })
    const wrong = await rest('POST', '/api/users/login', { body: { email: target, password: `sai-${unique()}` }, ip })
    expect(wrong.status).toBe(401)
    const wrongGql = await graphql(`mutation { loginUser(email: "${nobody}", password: "sai-${unique()}") { token } }`)
    expect(wrongGql.json.errors?.length).toBeGreaterThan(0)
    const out = await rest('POST', '/api/users/logout', { as: session })
    expect(out.status, out.text).toBe(200)

    const mine = await rowsWhere(
      `where[actor][equals]=${session.user.id}&where[at][greater_than_equal]=${new Date(Date.now() - 60_000).toISOString()}`,
    )
    const loginRow = mine.find((r) => r.action === 'login')
    expect(loginRow?.actorEmail).toBe(demoEmail('editor'))
    expect(loginRow?.address).toBeTruthy()
    expect(mine.some((r) => r.action === 'logout')).toBe(true)

    const refused = await rowsWhere(`where[action][equals]=login-failed&where[actorEmail][in]=${target},${nobody}`)
    const rest401 = refused.find((r) => r.actorEmail === target)
    expect(rest401?.detail).toBe('Đăng nhập bị từ chối')
    expect(rest401?.address).toBeTruthy()
    expect(rest401?.actor ?? null).toBeNull()
    expect(refused.find((r) => r.actorEmail === nobody)?.detail).toBe('Đăng nhập bị từ chối')
    // Payload never shows the attempted password; neither does the log.
    expect(JSON.stringify(refused)).not.toContain('sai-')
  })

  it('articles: a reporter’s draft, the editor’s publish, a draft saved over it, unpublish, delete', async () => {
    const slug = `nhat-ky-${unique()}`
    const created = await rest('POST', '/api/articles', {
      as: 'reporter',
      body: { title: `Bài ${slug}`, slug, lead: 'Sapo.', _status: 'draft' },
    })
    expect(created.status, created.text).toBe(201)
    const id = String(created.json.doc.id)
    const published = await rest('PATCH', `/api/articles/${id}`, { as: 'editor', body: { _status: 'published' } })
    expect(published.status, published.text).toBe(200)
    const draftOver = await rest('PATCH', `/api/articles/${id}?draft=true`, {
      as: 'editor',
      body: { lead: 'Sapo sửa trong bản nháp.', _status: 'draft' },
    })
    expect(draftOver.status, draftOver.text).toBe(200)
    const unpublished = await rest('PATCH', `/api/articles/${id}`, { as: 'editor', body: { _status: 'draft' } })
    expect(unpublished.status, unpublished.text).toBe(200)
    const deleted = await rest('DELETE', `/api/articles/${id}`, { as: 'editor' })
    expect(deleted.status, deleted.text).toBe(200)

    const rows = await rowsFor('articles', id)
    expect(rows.map((r) => r.action)).toEqual(['create', 'publish', 'update', 'unpublish', 'delete'])
    expect(rows.map((r) => r.actorEmail)).toEqual([
      demoEmail('reporter'),
      demoEmail('editor'),
      demoEmail('editor'),
      demoEmail('editor'),
      demoEmail('editor'),
    ])
    expect(fieldsOf(rows[0])).toEqual(expect.arrayContaining(['title', 'slug', 'lead']))
    expect(fieldsOf(rows[2])).toContain('lead')
    expect(rows[0].recordTitle).toBe(`Bài ${slug}`)
  })

  it('guidance documents and the catalogue: create, turn public, update, delete', async () => {
    const number = `NK-${unique()}`
    const doc = await rest('POST', '/api/guidance-documents', {
      as: 'editor',
      body: {
        title: `Văn bản ${number}`,
        number,
        type: 'cong-van',
        issuer: 'Văn phòng Huyện ủy',
        issuedAt: '2024-03-05T00:00:00.000Z',
        visibility: 'internal',
        _status: 'published',
      },
    })
    expect(doc.status, doc.text).toBe(201)
    const docId = String(doc.json.doc.id)
    const opened = await rest('PATCH', `/api/guidance-documents/${docId}`, {
      as: 'editor',
      body: { visibility: 'public' },
    })
    expect(opened.status, opened.text).toBe(200)
    const docRows = await rowsFor('guidance-documents', docId)
    expect(docRows.map((r) => r.action)).toEqual(['create', 'publish'])
    expect(fieldsOf(docRows[1])).toEqual(['visibility'])

    const groups = await rest('GET', '/api/indicator-groups?limit=1&depth=0')
    const code = `NK-${unique().toUpperCase()}`
    const indicator = await rest('POST', '/api/indicators', {
      as: 'editor',
      body: { code, title: `Biểu hiện ${code}`, group: groups.json.docs[0].id },
    })
    expect(indicator.status, indicator.text).toBe(201)
    const indicatorId = String(indicator.json.doc.id)
    expect(
      (
        await rest('PATCH', `/api/indicators/${indicatorId}`, {
          as: 'editor',
          body: { title: `Biểu hiện ${code} (sửa)` },
        })
      ).status,
    ).toBe(200)
    expect((await rest('DELETE', `/api/indicators/${indicatorId}`, { as: 'editor' })).status).toBe(200)
    const indicatorRows = await rowsFor('indicators', indicatorId)
    expect(indicatorRows.map((r) => r.action)).toEqual(['create', 'update', 'delete'])
    expect(fieldsOf(indicatorRows[1])).toEqual(['label', 'title']) // the picker's "code — title" label follows the title
  })

  it('accounts: an admin creates one, changes its roles and password; the password is named, never copied', async () => {
    const email = `nhatky.${unique()}@soisua.vn`
    const password = `MatKhau@${unique()}`
    const user = await rest('POST', '/api/users', {
      as: 'admin',
      body: { email, password, name: 'Cán bộ nhật ký', roles: ['reporter'] },
    })
    expect(user.status, user.text).toBe(201)
    const id = String(user.json.doc.id)
    const newPassword = `MatKhauMoi@${unique()}`
    const changed = await rest('PATCH', `/api/users/${id}`, {
      as: 'admin',
      body: { roles: ['editor'], password: newPassword },
    })
    expect(changed.status, changed.text).toBe(200)
    const rows = await rowsFor('users', id)
    expect(rows.map((r) => r.action)).toEqual(['create', 'update'])
    expect(rows[0].actorEmail).toBe(demoEmail('admin'))
    expect(fieldsOf(rows[1]).sort()).toEqual(['password', 'roles'])
    const text = JSON.stringify(rows)
    expect(text).not.toContain(password)
    expect(text).not.toContain(newPassword)
    expect(text).not.toContain('Cán bộ nhật ký')
  })

  it('restricted records: field names only, no value, no title; every workflow step by who took it', async () => {
    const secretName = `Đảng viên Bí Mật ${unique()}`
    const cell = await createCell('DM', 'nhật ký')
    const member = await api('org-officer', 'POST', '/api/members', {
      name: secretName,
      organization: cell.id,
      standing: 'full',
    })
    expect(member.status, member.text).toBe(201)
    const memberId = String(member.json.doc.id)
    const renamed = await api('org-officer', 'PATCH', `/api/members/${memberId}`, { name: `${secretName} (đổi)` })
    expect(renamed.status, renamed.text).toBe(200)
    const memberRows = await rowsFor('members', memberId)
    expect(memberRows.map((r) => r.action)).toEqual(['create', 'update'])
    expect(memberRows[0].actorEmail).toBe(demoEmail('org-officer'))
    expect(fieldsOf(memberRows[1])).toEqual(['name'])
    expect(JSON.stringify(memberRows)).not.toContain('Bí Mật')
    expect(memberRows.every((r) => !r.recordTitle)).toBe(true)

    const secretNote = `Ghi chú mật ${unique()}`
    const ind = await indicatorIds()
    const { id } = await dossierIn('draft', { cell })
    const edited = await api('org-officer', 'PATCH', `/api/dossiers/${id}`, {
      identified: ind.map((indicator) => ({ indicator, note: secretNote })),
    })
    expect(edited.status, edited.text).toBe(200)
    for (const [who, action] of [
      ['org-officer', 'submit'],
      ['reviewer', 'recommend'],
      ['approver', 'approve'],
    ] as const) {
      const t = await transition(who, id, { action })
      expect(t.status, t.text).toBe(200)
    }
    const rows = await rowsFor('dossiers', id)
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'transition', 'transition', 'transition'])
    expect(rows.slice(2).map((r) => [r.detail, r.actorEmail])).toEqual([
      ['submit', demoEmail('org-officer')],
      ['recommend', demoEmail('reviewer')],
      ['approve', demoEmail('approver')],
    ])
    expect(fieldsOf(rows[1])).toEqual(['identified'])
    expect(JSON.stringify(rows)).not.toContain(secretNote)

    const secretConclusion = `Kết luận mật ${unique()}`
    const inspection = await api('inspector', 'POST', '/api/inspections', {
      subjectType: 'organization',
      organization: cell.id,
      kind: 'thematic-supervision',
      startedAt: '2024-04-01T00:00:00.000Z',
      finding: 'pending',
      conclusion: secretConclusion,
    })
    expect(inspection.status, inspection.text).toBe(201)
    const inspectionRows = await rowsFor('inspections', String(inspection.json.doc.id))
    expect(inspectionRows.map((r) => [r.action, r.actorEmail])).toEqual([['create', demoEmail('inspector')]])
    expect(fieldsOf(inspectionRows[0])).toContain('conclusion')
    expect(JSON.stringify(inspectionRows)).not.toContain(secretConclusion)
    expect(JSON.stringify(inspectionRows)).not.toContain(cell.name)
    const removed = await api('inspector', 'DELETE', `/api/inspections/${inspection.json.doc.id}`)
    expect(removed.status, removed.text).toBe(200)
  })
})

describe('audit trail: no door writes, changes or deletes a row', () => {
  it('REST refuses create, update and delete, to the admin as well', async () => {
    const [row] = await rowsWhere('where[action][equals]=login')
    expect(row).toBeDefined()
    for (const as of ['admin', 'editor', null] as As[]) {
      const created = await rest('POST', '/api/audit-log', {
        as,
        body: { action: 'login', at: new Date().toISOString(), actorEmail: 'gia@mao.vn' },
      })
      expect(created.status).toBeGreaterThanOrEqual(401)
      expect(created.status).toBeLessThan(500)
      const patched = await rest('PATCH', `/api/audit-log/${row.id}`, { as, body: { actorEmail: 'gia@mao.vn' } })
      expect([401, 403, 404]).toContain(patched.status)
      const bulk = await rest('PATCH', `/api/audit-log?where[id][equals]=${row.id}`, {
        as,
        body: { actorEmail: 'gia@mao.vn' },
      })
      expect(bulk.status).toBeLessThan(500)
      const deleted = await rest('DELETE', `/api/audit-log/${row.id}`, { as })
      expect([401, 403, 404]).toContain(deleted.status)
      const bulkDelete = await rest('DELETE', `/api/audit-log?where[id][equals]=${row.id}`, { as })
      expect(bulkDelete.status).toBeLessThan(500)
    }
    const after = await rest('GET', `/api/audit-log/${row.id}?depth=0`, { as: 'admin' })
    expect(after.status).toBe(200)
    expect(after.json).toEqual(row)
    expect((await rowsWhere('where[actorEmail][equals]=gia@mao.vn')).length).toBe(0)
  })

  it('GraphQL refuses the same, to the admin as well', async () => {
    const [row] = await rowsWhere('where[action][equals]=login')
    for (const mutation of [
      `mutation { createAuditLog(data: { action: login, at: "${new Date().toISOString()}", actorEmail: "gia@mao.vn" }) { id } }`,
      `mutation { updateAuditLog(id: "${row.id}", data: { actorEmail: "gia@mao.vn" }) { id } }`,
      `mutation { deleteAuditLog(id: "${row.id}") { id } }`,
    ]) {
      const res = await graphql(mutation, {}, { as: 'admin' })
      expect(res.status).toBeLessThan(500)
      expect(res.json.errors?.length, res.text).toBeGreaterThan(0)
    }
    const after = await rest('GET', `/api/audit-log/${row.id}?depth=0`, { as: 'admin' })
    expect(after.json).toEqual(row)
    expect((await rowsWhere('where[actorEmail][equals]=gia@mao.vn')).length).toBe(0)
  })

  it('only the admin reads it, through REST, GraphQL and the export', async () => {
    for (const as of ['editor', 'reviewer', 'inspector', null] as As[]) {
      const res = await rest('GET', '/api/audit-log?limit=1', { as })
      expect([401, 403]).toContain(res.status)
      const gql = await graphql('{ AuditLogs(limit: 1) { docs { id actorEmail } } }', {}, { as })
      expect(gql.json.data?.AuditLogs?.docs ?? []).toEqual([])
      const csv = await rest('GET', '/api/audit-log/export', { as })
      expect([401, 403]).toContain(csv.status)
    }
  })

  it('the admin exports the filtered rows as CSV', async () => {
    const email = `xuat.${unique()}@soisua.vn`
    for (let i = 0; i < 2; i++) await rest('POST', '/api/users/login', { body: { email, password: 'sai' } })
    const res = await rest(
      'GET',
      `/api/audit-log/export?where[action][equals]=login-failed&where[actorEmail][equals]=${email}`,
      { as: 'admin' },
    )
    expect(res.status, res.text).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    const lines = res.text.trim().split(/\r?\n/)
    expect(lines[0]).toContain('Thao tác')
    expect(lines.length).toBe(3)
    expect(lines.slice(1).every((l) => l.includes('Đăng nhập không thành công') && l.includes(email))).toBe(true)
    const bad = await rest('GET', '/api/audit-log/export?where[khong-co][equals]=1', { as: 'admin' })
    expect(bad.status).toBe(400)
  })
})

describe('audit trail: retention', () => {
  it('the scheduled job removes rows older than the retention period and keeps the rest, never under 12 months', async () => {
    const marker = `luu-tru-${unique()}`
    // AUDIT_RETENTION_MONTHS=3 is below the floor: the job must still keep 12 months.
    const run = await runScript('tests/fixtures/audit-prune.ts', {
      args: [marker],
      env: { AUDIT_RETENTION_MONTHS: '3' },
    })
    expect(run.code, run.output).toBe(0)
    const left = await rowsWhere(`where[detail][contains]=${marker}`)
    expect(left.map((r) => r.detail).sort()).toEqual([`${marker} 11 tháng`, `${marker} hôm nay`])
  })
})
