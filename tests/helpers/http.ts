import { DEMO_PASSWORD, DEMO_USERS } from '@/seed/demoArticles'
import type { Role } from '@/access/roles'
import http from 'node:http'
import { url } from './env'

/** A demo account by its role: 'editor' → bientap@soisua.vn (see src/seed/demoArticles.ts). */
export type DemoRole = Role

export type Session = {
  token: string
  /** `payload-token=<jwt>`, for a Cookie header or a browser context. */
  cookie: string
  user: { id: string; email: string; roles: Role[] }
}

/** Who makes a request: a demo role, a session from login(), or null/undefined for the public. */
export type As = DemoRole | Session | null | undefined

export type ApiResponse<T = any> = {
  status: number
  headers: Headers
  /** Parsed JSON body, or undefined when the body is not JSON. */
  json: T
  /** The raw body. */
  text: string
}

export type RequestOptions = {
  as?: As
  /** An object is sent as JSON; a string is sent as is (for malformed bodies); FormData as multipart. */
  body?: unknown
  headers?: Record<string, string>
  /**
   * A loopback address (127.x.y.z) to connect from, so the server sees another client: keeps a
   * test clear of the comment rate limit that other tests have used up.
   */
  ip?: string
}

export function demoEmail(role: DemoRole): string {
  const account = DEMO_USERS.find((u) => (u.roles as readonly string[]).includes(role))
  if (!account) throw new Error(`Không có tài khoản mẫu cho vai trò ${role}`)
  return account.email
}

const sessions = new Map<string, Promise<Session>>()

/**
 * Logs in through REST (/api/users/login). Demo roles are logged in once per test file and
 * reused; pass `{ email, password }` for other accounts (never cached).
 */
export function login(who: DemoRole | { email: string; password: string }): Promise<Session> {
  if (typeof who !== 'string') return doLogin(who.email, who.password)
  let session = sessions.get(who)
  if (!session) {
    session = doLogin(demoEmail(who), DEMO_PASSWORD)
    session.catch(() => sessions.delete(who))
    sessions.set(who, session)
  }
  return session
}

async function doLogin(email: string, password: string): Promise<Session> {
  const res = await rest<{ token?: string; user?: Session['user']; errors?: unknown }>('POST', '/api/users/login', {
    body: { email, password },
  })
  if (res.status !== 200 || !res.json?.token || !res.json.user) {
    throw new Error(`Đăng nhập ${email} thất bại: HTTP ${res.status} ${res.text.slice(0, 300)}`)
  }
  return { token: res.json.token, cookie: `payload-token=${res.json.token}`, user: res.json.user }
}

async function authHeader(as: As): Promise<Record<string, string>> {
  if (!as) return {}
  const session = typeof as === 'string' ? await login(as) : as
  return { Authorization: `JWT ${session.token}` }
}

/**
 * One HTTP request to the test server. Never throws on 4xx/5xx: check `status`.
 *   const { status, json } = await rest('GET', '/api/articles?limit=5', { as: 'editor' })
 */
export async function rest<T = any>(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...(await authHeader(opts.as)) }
  let body: BodyInit | undefined
  if (typeof opts.body === 'string') {
    body = opts.body
    headers['Content-Type'] = 'application/json'
  } else if (opts.body instanceof FormData) {
    body = opts.body
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body)
    headers['Content-Type'] = 'application/json'
  }
  Object.assign(headers, opts.headers)
  const res = opts.ip
    ? await requestFrom(opts.ip, new Request(url(path), { method, headers, body }))
    : await fetch(url(path), { method, headers, body, redirect: 'manual' })
  const text = await res.text()
  let json: any
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: res.status, headers: res.headers, json: json as T, text }
}

export type GraphQLResult<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }

/**
 * A GraphQL request to /api/graphql. Never throws: look at `json.data` and `json.errors`.
 *   const { json } = await graphql<{ Articles: { docs: { slug: string }[] } }>('{ Articles { docs { slug } } }')
 */
export function graphql<T = any>(
  query: string,
  variables: Record<string, unknown> = {},
  opts: Omit<RequestOptions, 'body'> = {},
): Promise<ApiResponse<GraphQLResult<T>>> {
  return rest<GraphQLResult<T>>('POST', '/api/graphql', { ...opts, body: { query, variables } })
}

/** A request sent over a connection from the given local address (Node's fetch cannot choose it). */
async function requestFrom(localAddress: string, request: Request): Promise<Response> {
  const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined
  const target = new URL(request.url)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: request.method,
        localAddress,
        headers: Object.fromEntries(request.headers),
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const headers = new Headers()
          for (const [k, v] of Object.entries(res.headers))
            if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v)
          const status = res.statusCode ?? 500
          resolve(new Response([204, 205, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers }))
        })
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** A fresh loopback address (127.x.y.z) to connect from, so one test's comments never count against another's limit. */
export function randomIp(): string {
  const n = () => Math.floor(Math.random() * 254) + 1
  return `127.${n()}.${n()}.${n()}`
}
