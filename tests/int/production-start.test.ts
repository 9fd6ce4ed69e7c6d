/**
 * The production recipe on an empty database: no demo content and no account at all; the
 * first administrator comes from `npm run create-admin`, and the first-user registration
 * that would let anyone claim the empty portal is closed. Without SERVER_URL the server
 * refuses to start.
 */
import os from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startExtraServer, type ExtraServer } from '../helpers/extraServer'
import { runNode, TS_SCRIPT_NODE_ARGS } from '../helpers/scripts'

const DEMO_PASSWORD = 'SoiSua@2026'
const ADMIN = { email: 'quantri@huyenuy.example.vn', password: 'Huyện-ủy-Đắk-Mâm-88' }

let server: ExtraServer

async function login(email: string, password: string) {
  const res = await fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return { status: res.status, json: (await res.json()) as { token?: string } }
}

function createAdmin(env: Record<string, string>, args: string[] = []) {
  return runNode([...TS_SCRIPT_NODE_ARGS, 'scripts/create-admin.ts', ...args], {
    env: { ...server.env, ...env },
    timeoutMs: 180_000,
  })
}

describe('production start on an empty database', () => {
  beforeAll(async () => {
    server = await startExtraServer()
  }, 300_000)
  afterAll(async () => {
    await server?.stop()
  })

  it('has no demo content and no demo account', async () => {
    for (const email of ['admin@soisua.vn', 'bientap@soisua.vn', 'phongvien@soisua.vn']) {
      const attempt = await login(email, DEMO_PASSWORD)
      expect(attempt.status).toBeGreaterThanOrEqual(400)
      expect(attempt.json.token).toBeUndefined()
    }
    const articles = await fetch(`${server.baseUrl}/api/articles?limit=1`).then((r) => r.json())
    expect(articles.totalDocs).toBe(0)
    expect(server.log()).not.toMatch(/dữ liệu mẫu/)
  })

  it('answers the load balancer with the database and job runner state, and nothing else', async () => {
    const res = await fetch(`${server.baseUrl}/api/health`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toMatch(/no-store/)
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok', jobs: 'disabled' })
  })

  it('refuses the first-user registration that would let anyone claim the portal', async () => {
    const res = await fetch(`${server.baseUrl}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'ke-la@example.com',
        password: 'Ke-La-Mat-Khau-9',
        name: 'Kẻ lạ',
        roles: ['admin'],
      }),
    })
    expect(res.status).toBe(404)
    expect((await login('ke-la@example.com', 'Ke-La-Mat-Khau-9')).json.token).toBeUndefined()
  })

  it(
    'create-admin refuses a weak password, then makes the one administrator, who can log in',
    { timeout: 600_000 },
    async () => {
      const weak = await createAdmin({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: 'matkhau123' })
      expect(weak.code).toBe(1)
      expect(weak.output).toMatch(/Mật khẩu/)

      const made = await createAdmin({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
      expect(made.output).toMatch(/Đã tạo quản trị viên/)
      expect(made.code).toBe(0)

      const session = await login(ADMIN.email, ADMIN.password)
      expect(session.status).toBe(200)
      const users = await fetch(`${server.baseUrl}/api/users`, {
        headers: { Authorization: `JWT ${session.json.token}` },
      }).then((r) => r.json())
      expect(users.totalDocs).toBe(1)
      expect(users.docs[0]).toMatchObject({ email: ADMIN.email, roles: ['admin'] })

      const second = await createAdmin({ ADMIN_EMAIL: 'thu-hai@huyenuy.example.vn', ADMIN_PASSWORD: ADMIN.password })
      expect(second.code).toBe(1)
      expect(second.output).toMatch(/Đã có 1 quản trị viên/)
    },
  )
})

describe('production start without its public address', () => {
  it('refuses to start, naming SERVER_URL', { timeout: 300_000 }, async () => {
    const bare = await startExtraServer(
      { SERVER_URL: undefined, NEXT_PUBLIC_SERVER_URL: undefined },
      { waitUntilReady: false },
    )
    try {
      // A server that did start would wait for requests: it gets two minutes to stop by itself.
      const code = await new Promise<number | null | 'still running'>((resolve) => {
        const timer = setTimeout(() => resolve('still running'), 120_000)
        if (bare.child.exitCode !== null) resolve(bare.child.exitCode)
        else bare.child.once('exit', (c) => (clearTimeout(timer), resolve(c)))
      })
      expect(code).not.toBe(0)
      expect(bare.log()).toMatch(/SERVER_URL/)
    } finally {
      await bare.stop()
    }
  })
})

describe('health of a server whose database cannot be opened', () => {
  it('answers 503 without saying why', { timeout: 300_000 }, async () => {
    // The database "file" is a folder: SQLite cannot open it.
    const broken = await startExtraServer({ DATABASE_URL: `file:${os.tmpdir()}` }, { waitUntilReady: false })
    try {
      let res: Response | undefined
      for (let i = 0; i < 240 && !res; i++) {
        res = await fetch(`${broken.baseUrl}/api/health`).catch(() => undefined)
        if (!res) await new Promise((r) => setTimeout(r, 500))
      }
      expect(res?.status).toBe(503)
      const body = await res?.text()
      expect(JSON.parse(body ?? '{}')).toEqual({ status: 'unavailable', database: 'unreachable', jobs: 'unknown' })
      expect(body).not.toContain(os.tmpdir())
    } finally {
      await broken.stop()
    }
  })
})
