import fs from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

/**
 * The whole review of one dossier in a real browser, as the district's people do it:
 * the Đắk Mâm officer fills and submits, the Propaganda Board returns it with a reason, the
 * officer fixes and resubmits, the Board recommends, the Standing Board approves; then the
 * dossier is read-only and its history shows the five steps.
 */
const PASSWORD = 'SoiSua@2026'
const OFFICER = 'coso@soisua.vn'
const REVIEWER = 'tuyengiao@soisua.vn'
const APPROVER = 'thuongtruc@soisua.vn'

function baseUrl(): string {
  const get = inject as (key: string) => unknown
  const server = get('server') as { baseUrl?: string } | undefined
  const url = server?.baseUrl ?? (get('baseURL') as string | undefined)
  if (!url) throw new Error('Không có máy chủ kiểm thử (inject("server") hoặc inject("baseURL")).')
  return url.replace(/\/$/, '')
}

async function apiAs(email: string, method: string, path: string, body?: unknown) {
  const login = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return res.json() as Promise<any>
}

let browser: Browser
const contexts: BrowserContext[] = []

async function loggedIn(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 1000 } })
  contexts.push(context)
  // The admin builds form state on the server; on a busy machine that takes a while.
  context.setDefaultTimeout(60_000)
  const page = await context.newPage()
  await page.goto(`${baseUrl()}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
  return page
}

async function stage(page: Page): Promise<string> {
  const badge = page.getByTestId('dossier-stage')
  await expect.poll(async () => (await badge.textContent())?.trim(), { timeout: 30_000 }).not.toBe('…')
  return String(await badge.textContent()).trim()
}

async function openDossier(page: Page, id: string) {
  await page.goto(`${baseUrl()}/admin/collections/dossiers/${id}`)
  await page.getByTestId('dossier-workflow').waitFor({ timeout: 60_000 })
}

/** Clicks a workflow button and waits for the page to come back with the new stage. */
async function act(page: Page, label: string, reason?: string) {
  const panel = page.getByTestId('dossier-workflow')
  const button = panel.getByRole('button', { name: label, exact: true })
  await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true)
  if (reason) {
    await button.click()
    await panel.locator('#transition-reason').fill(reason)
    await Promise.all([
      page.waitForEvent('load', { timeout: 60_000 }),
      panel.getByRole('button', { name: `Xác nhận “${label}”` }).click(),
    ])
  } else {
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), button.click()])
  }
  await page.getByTestId('dossier-workflow').waitFor({ timeout: 60_000 })
}

/**
 * Lets the admin finish building form state on the server before the next structural change
 * (a new array row while an earlier change is still in flight can be dropped).
 */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(300)
}

/** Picks an option in a Payload relationship select by typing part of its label. */
async function pick(page: Page, fieldId: string, text: string) {
  const field = page.locator(`#${fieldId}`)
  await field.locator('.rs__control').click()
  await field.locator('input').fill(text)
  const option = page.locator('.rs__option', { hasText: text }).first()
  await option.waitFor({ timeout: 30_000 })
  await option.click()
  await settle(page)
}

async function tab(page: Page, label: string) {
  await page.locator('.tabs-field__tab-button', { hasText: label }).click()
}

async function save(page: Page) {
  await settle(page)
  await page.locator('#action-save').click()
  await expect.poll(async () => page.locator('#action-save').isDisabled(), { timeout: 30_000 }).toBe(true)
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
})

afterAll(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
})

/** On failure, leave a picture of every open page behind for whoever reads the report. */
async function screenshots() {
  fs.mkdirSync('test-results', { recursive: true })
  for (const [i, c] of contexts.entries()) {
    for (const [j, p] of c.pages().entries()) {
      await p.screenshot({ path: `test-results/dossier-workflow-${i}-${j}.png`, fullPage: true }).catch(() => {})
    }
  }
}

describe('a dossier from draft to approval', () => {
  it('goes through submit, return, resubmit, recommend and approve, then is read-only with its history', async () => {
    try {
      await wholeReview()
    } catch (error) {
      await screenshots()
      throw error
    }
  }, 600_000)
})

async function wholeReview() {
  {
    // A cell of its own under Đắk Mâm, so this run does not collide with seeded dossiers.
    const code = `E2E-${Date.now().toString(36).toUpperCase()}`
    const cellName = `Chi bộ kiểm thử trình duyệt ${code}`
    const dm = await apiAs('admin@soisua.vn', 'GET', '/api/organizations?where[code][equals]=DM&depth=0')
    await apiAs('admin@soisua.vn', 'POST', '/api/organizations', {
      name: cellName,
      code,
      kind: 'cell',
      sector: 'commune',
      parent: dm.docs[0].id,
    })
    const indicator = (await apiAs(OFFICER, 'GET', '/api/indicators?sort=code&limit=1&depth=0')).docs[0]

    // 1. The officer fills the form in the paper form's order and submits.
    const officer = await loggedIn(OFFICER)
    await officer.goto(`${baseUrl()}/admin/collections/dossiers/create`)
    await pick(officer, 'field-organization', code)
    await officer.locator('#field-year').fill('2023')
    await settle(officer)
    await officer.locator('#field-identified .array-field__add-row').click()
    await pick(officer, 'field-identified__0__indicator', indicator.title)
    await officer.locator('#field-identified__0__note').fill('Một số đảng viên chưa gương mẫu.')
    await tab(officer, '2. Kế hoạch khắc phục')
    await officer.locator('#field-planItems').waitFor()
    await settle(officer)
    await officer.locator('#field-planItems .array-field__add-row').click()
    await officer
      .locator('#field-planItems__0__measure')
      .fill('Đưa nội dung nhận diện vào sinh hoạt chi bộ hằng tháng.')
    await pick(officer, 'field-planItems__0__indicators', indicator.title)
    await save(officer)
    await officer.waitForURL((u) => /\/admin\/collections\/dossiers\/(?!create)[^/]+$/.test(u.pathname), {
      timeout: 60_000,
    })
    const id = new URL(officer.url()).pathname.split('/').pop() as string
    await officer.getByTestId('dossier-workflow').waitFor()
    expect(await stage(officer)).toBe('Đang soạn')
    await act(officer, 'Gửi thẩm định')
    expect(await stage(officer)).toBe('Chờ thẩm định')

    // 2. The Propaganda Board finds it in its dashboard and returns it with a reason.
    const reviewer = await loggedIn(REVIEWER)
    await reviewer.getByRole('link', { name: new RegExp(code) }).click()
    await reviewer.getByTestId('dossier-workflow').waitFor({ timeout: 60_000 })
    expect(await stage(reviewer)).toBe('Chờ thẩm định')
    await act(reviewer, 'Trả lại', 'Biện pháp chưa ghi người chịu trách nhiệm.')
    expect(await stage(reviewer)).toBe('Bị trả lại')

    // 3. The officer reads why, fixes the plan and resubmits.
    await openDossier(officer, id)
    expect(await stage(officer)).toBe('Bị trả lại')
    // The reason is the first thing on the dossier, before any tab.
    await expect
      .poll(() => officer.getByTestId('returned-reason').textContent())
      .toContain('Biện pháp chưa ghi người chịu trách nhiệm.')
    await tab(officer, 'Ý kiến thẩm định')
    await expect
      .poll(() => officer.locator('#field-review__reason').inputValue())
      .toBe('Biện pháp chưa ghi người chịu trách nhiệm.')
    await tab(officer, '2. Kế hoạch khắc phục')
    await officer.locator('#field-planItems__0__responsible').fill('Bí thư chi bộ')
    await save(officer)
    await act(officer, 'Gửi lại')
    expect(await stage(officer)).toBe('Chờ thẩm định')
    // The step just taken is confirmed on the page that comes back.
    expect(await officer.getByTestId('workflow-done').textContent()).toContain('Đã “Gửi lại” hồ sơ')

    // 4. The Board recommends; 5. the Standing Board approves.
    await openDossier(reviewer, id)
    await act(reviewer, 'Đề nghị phê duyệt')
    expect(await stage(reviewer)).toBe('Chờ phê duyệt')
    const approver = await loggedIn(APPROVER)
    await approver.getByRole('link', { name: new RegExp(code) }).click()
    await approver.getByTestId('dossier-workflow').waitFor({ timeout: 60_000 })
    await act(approver, 'Phê duyệt')
    expect(await stage(approver)).toBe('Đã phê duyệt')
    await expect
      .poll(() => approver.getByTestId('dossier-workflow').getByRole('button', { name: 'Mở lại' }).count())
      .toBe(1)

    // The approved dossier is read-only for its organisation.
    await openDossier(officer, id)
    expect(await stage(officer)).toBe('Đã phê duyệt')
    expect(await officer.getByTestId('dossier-workflow').getByRole('button').count()).toBe(0)
    await tab(officer, '2. Kế hoạch khắc phục')
    await expect.poll(() => officer.locator('#field-planItems__0__responsible').isDisabled()).toBe(true)
    expect(await officer.locator('#action-save').count()).toBe(0)

    // Its history shows all five steps, in order.
    await tab(officer, 'Lịch sử')
    const rows = officer.locator('.relationship-table tbody tr')
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(5)
    const actions = await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''))
    const order = ['Gửi thẩm định', 'Trả lại', 'Gửi lại', 'Đề nghị phê duyệt', 'Phê duyệt']
    order.forEach((label, i) => expect(actions[i]).toContain(label))
    expect(actions[1]).toContain('Biện pháp chưa ghi người chịu trách nhiệm.')
  }
}
