#!/usr/bin/env node
/**
 * `npm run screenshots`: photographs the running demo for the README — public pages on a
 * desktop and on a phone, and the staff progress dashboard — into docs/screenshots/.
 *
 *   npm run demo                               # in another terminal
 *   npm run screenshots                        # BASE_URL=http://localhost:3000 by default
 *   BASE_URL=http://127.0.0.1:4000 npm run screenshots
 *
 * Uses Debian's Chromium (CHROMIUM_PATH overrides /usr/bin/chromium) through playwright-core;
 * never downloads a browser. Playwright gives the browser a fresh temporary profile. The dashboard is taken as the demo's Propaganda Board account.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const base = (process.env.BASE_URL || 'http://localhost:3000').replace(/\/$/, '')
const out = path.join(root, 'docs', 'screenshots')
const STAFF = { email: 'tuyengiao@soisua.vn', password: 'SoiSua@2026' }

const PUBLIC_PAGES = [
  ['trang-chu', '/'],
  [
    'bai-viet',
    '/tin-tuc/krong-no-linh-hoat-trien-khai-thuc-hien-de-an-05-ky-2-nhan-dien-cac-bieu-hien-de-tu-soi-tu-sua',
  ],
  ['tien-do', '/tien-do'],
  ['bieu-hien', '/bieu-hien'],
]
const DEVICES = {
  'may-tinh': { viewport: { width: 1280, height: 900 } },
  'dien-thoai': { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
}

async function reachable() {
  try {
    const res = await fetch(`${base}/api/health`)
    return res.ok
  } catch {
    return false
  }
}

if (!(await reachable())) {
  console.error(`Không kết nối được ${base}. Hãy chạy \`npm run demo\` trước, hoặc đặt BASE_URL.`)
  process.exit(1)
}

fs.mkdirSync(out, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
})
const written = []
try {
  for (const [device, options] of Object.entries(DEVICES)) {
    const context = await browser.newContext({ ...options, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
    const page = await context.newPage()
    for (const [name, route] of PUBLIC_PAGES) {
      const res = await page.goto(`${base}${route}`, { waitUntil: 'networkidle' })
      if (!res?.ok()) throw new Error(`${route} trả lời ${res?.status()}`)
      const file = path.join(out, `${name}-${device}.png`)
      await page.screenshot({ path: file, fullPage: false })
      written.push(file)
    }
    await context.close()
  }

  const context = await browser.newContext({ ...DEVICES['may-tinh'], locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(STAFF),
  })
  const { token } = await login.json()
  if (!token) throw new Error(`Không đăng nhập được bằng ${STAFF.email} (tài khoản mẫu của bản demo).`)
  await context.addCookies([{ name: 'payload-token', value: token, url: base, httpOnly: true, sameSite: 'Lax' }])
  const page = await context.newPage()
  await page.goto(`${base}/admin/tien-do`, { waitUntil: 'networkidle' })
  await page.locator('.progress-dashboard h1').waitFor({ timeout: 60_000 })
  const file = path.join(out, 'bang-tien-do-can-bo.png')
  await page.screenshot({ path: file, fullPage: false })
  written.push(file)
  await context.close()
} finally {
  await browser.close()
}
for (const f of written) console.log(path.relative(root, f))
