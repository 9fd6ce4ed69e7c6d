import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GRACE_MS } from '@/cache/store.mjs'
import { randomSecret, startRedis, startServer, until, type Instance } from '../helpers/instances'
import { ownScriptEnv, runNode, TS_SCRIPT_NODE_ARGS } from '../helpers/scripts'

/**
 * Two production servers behind one load balancer share one Redis (pages and data cache)
 * and one database. A change made through one shows on the other within two seconds.
 */
const VISIBLE_WITHIN_MS = 2000

let tmp: string
let redis: Instance
let a: Instance
let b: Instance
let token: string

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

async function get(server: Instance, pathname: string) {
  const res = await fetch(`${server.baseUrl}${pathname}`, { redirect: 'manual' })
  return {
    status: res.status,
    html: await res.text(),
    cache: res.headers.get('x-nextjs-cache'),
    front: res.headers.get('x-front-cache'),
  }
}

async function api(method: string, pathname: string, body?: unknown) {
  const res = await fetch(`${a.baseUrl}${pathname}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const answer = await res.text()
  // A server fault names its cause in the log: put the log's end beside the answer.
  const text =
    res.status >= 500 && fs.existsSync(a.log)
      ? `${answer}\n--- ${a.log} ---\n${fs.readFileSync(a.log, 'utf8').split('\n').slice(-40).join('\n')}`
      : answer
  return { status: res.status, text, json: answer ? JSON.parse(answer) : undefined }
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'soi-sua-two-'))
  redis = await startRedis(tmp)
  const env = {
    DATABASE_URL: `file:${path.join(tmp, 'shared.db')}`,
    REDIS_URL: `redis://127.0.0.1:${redis.port}`,
    PAYLOAD_SECRET: randomSecret(),
    MEDIA_DIR: path.join(tmp, 'media'),
    DOCUMENT_FILES_DIR: path.join(tmp, 'document-files'),
    DOSSIER_FILES_DIR: path.join(tmp, 'dossier-files'),
    SEED_ON_INIT: '0',
    SQLITE_SCHEMA_SYNC: '1',
  }
  // The first brings the schema up; the second runs no jobs, as the README asks.
  a = await startServer(env, { dir: tmp })
  b = await startServer({ ...env, DISABLE_JOB_RUNNER: '1' }, { dir: tmp })
  // The first administrator comes from the script, as on a real server (first-register is closed).
  const credentials = { email: 'quan-tri@example.com', password: `Kiem-thu-${randomSecret()}` }
  const made = await runNode([...TS_SCRIPT_NODE_ARGS, 'scripts/create-admin.ts'], {
    env: ownScriptEnv({
      ...env,
      NODE_ENV: 'production',
      SERVER_URL: a.baseUrl,
      DISABLE_JOB_RUNNER: '1',
      ADMIN_EMAIL: credentials.email,
      ADMIN_PASSWORD: credentials.password,
      ADMIN_NAME: 'Quản trị',
    }),
    timeoutMs: 180_000,
  })
  expect(made.code, made.output.slice(-2000)).toBe(0)
  const admin = await api('POST', '/api/users/login', credentials)
  expect(admin.status, admin.text).toBe(200)
  token = admin.json.token
}, 400_000)

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await redis?.stop()
  // The servers' logs stay with the other test results, for a failure to be read afterwards.
  const results = path.resolve('test-results')
  fs.mkdirSync(results, { recursive: true })
  for (const [name, server] of [
    ['a', a],
    ['b', b],
  ] as const)
    if (server?.log && fs.existsSync(server.log))
      fs.copyFileSync(server.log, path.join(results, `two-instances-${name}.log`))
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

describe('two instances sharing Redis and one database', () => {
  it('show a publish, an unpublish and a delete made through one instance on the other within 2 s', async () => {
    const title = `Tin hai máy chủ ${stamp()}`
    // Both instances have the home page cached, and answer it from their front cache (server.mjs).
    await get(b, '/')
    expect((await get(b, '/')).cache).toBe('HIT')
    expect((await get(a, '/')).cache).toBe('HIT')
    expect((await get(b, '/')).front).toBe('HIT')

    const created = await api('POST', '/api/articles', { title, lead: 'Kiểm thử nhiều máy chủ.', _status: 'published' })
    expect(created.status, created.text).toBe(201)
    const { id, slug } = created.json.doc
    const published = await until(async () => (await get(b, '/')).html.includes(title), VISIBLE_WITHIN_MS)
    expect(published, 'bài vừa đăng phải hiện trên máy chủ kia trong 2 giây').not.toBeNull()
    expect((await get(b, `/tin-tuc/${slug}`)).status).toBe(200)
    // Cached again, in front too, once the few seconds after a change have passed (GRACE_MS).
    expect(
      await until(async () => (await get(b, `/tin-tuc/${slug}`)).front === 'HIT', GRACE_MS + 5000, 200),
    ).not.toBeNull()

    const unpublished = await api('PATCH', `/api/articles/${id}`, { _status: 'draft' })
    expect(unpublished.status, unpublished.text).toBe(200)
    const gone = await until(
      async () => (await get(b, `/tin-tuc/${slug}`)).status === 404 && !(await get(b, '/')).html.includes(title),
      VISIBLE_WITHIN_MS,
    )
    expect(gone, 'bài gỡ xuống phải biến mất trên máy chủ kia trong 2 giây').not.toBeNull()

    const again = await api('PATCH', `/api/articles/${id}`, { _status: 'published' })
    expect(again.status, again.text).toBe(200)
    expect(await until(async () => (await get(b, `/tin-tuc/${slug}`)).status === 200, VISIBLE_WITHIN_MS)).not.toBeNull()
    expect(
      await until(async () => (await get(b, `/tin-tuc/${slug}`)).front === 'HIT', GRACE_MS + 5000, 200),
    ).not.toBeNull()
    expect(await until(async () => (await get(b, '/rss.xml')).front === 'HIT', GRACE_MS + 5000, 200)).not.toBeNull()

    const deleted = await api('DELETE', `/api/articles/${id}`)
    expect(deleted.status, deleted.text).toBe(200)
    const removed = await until(
      async () => (await get(b, `/tin-tuc/${slug}`)).status === 404 && !(await get(b, '/rss.xml')).html.includes(title),
      VISIBLE_WITHIN_MS,
    )
    expect(removed, 'bài đã xóa phải biến mất trên máy chủ kia trong 2 giây').not.toBeNull()
  })
})
