import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import net from 'node:net'
import { DEMO_PASSWORD } from '@/seed/demoArticles'
import { testServer } from './env'
import { demoEmail, login, type DemoRole } from './http'

/**
 * Headless Debian Chromium (CHROMIUM_PATH overrides /usr/bin/chromium). Playwright gives
 * every launch a fresh temporary profile, so no --user-data-dir is passed.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

/**
 * A context on the test server: relative page.goto('/tin-tuc') works, Vietnamese locale and
 * time zone unless `options` say otherwise.
 */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: testServer().baseUrl,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 800 },
    ...options,
  })
}

/**
 * Logs the page into /admin as a demo role through the login form, as a person would, and
 * waits until the dashboard has loaded.
 */
export async function loginToAdmin(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(demoEmail(role))
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((u) => u.pathname.startsWith('/admin') && !u.pathname.startsWith('/admin/login'), {
    timeout: 60_000,
  })
}

/** Faster than the form: puts a REST login's cookie into the context (for tests not about logging in). */
export async function authenticateContext(context: BrowserContext, role: DemoRole): Promise<void> {
  const session = await login(role)
  await context.addCookies([
    { name: 'payload-token', value: session.token, url: testServer().baseUrl, httpOnly: true, sameSite: 'Lax' },
  ])
}

/**
 * A doorway to the test server whose connections come from `localAddress` (127.x.y.z): a browser
 * cannot choose the address it connects from, and the server, rightly, trusts no header that
 * claims one. Open pages at `baseUrl`; `close()` when done.
 */
export async function doorwayFrom(localAddress: string): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const target = new URL(testServer().baseUrl)
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: target.hostname, port: Number(target.port), localAddress })
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
      s.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
