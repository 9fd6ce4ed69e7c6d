import fs from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { authenticateContext, launchBrowser, newContext } from '../helpers/browser'
import { REFERENCE_SLUG, REFERENCE_TITLE } from '../fixtures/reference'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('a reader of guidance documents', () => {
  it('filters /van-ban by type and year, opens the plan and downloads its PDF', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/van-ban')
    await page.getByLabel('Loại văn bản').selectOption('ke-hoach')
    await page.getByLabel('Năm ban hành').selectOption('2018')
    await page.getByRole('button', { name: 'Lọc' }).click()
    await page.waitForURL(
      (u) =>
        u.pathname === '/van-ban' && u.searchParams.get('loai') === 'ke-hoach' && u.searchParams.get('nam') === '2018',
    )
    const items = page.locator('.doc-list > li')
    expect(await items.count()).toBe(1)
    expect(await items.first().textContent()).toContain('Kế hoạch số 73-KH/HU')

    await items.first().locator('h2 a').click()
    await page.waitForURL(/\/van-ban\/ke-hoach-73-kh-hu-2018$/)
    expect(await page.locator('h1').textContent()).toContain('Kế hoạch thực hiện Đề án đấu tranh ngăn chặn')
    expect(await page.locator('.doc-facts').textContent()).toContain('24/09/2018')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^Tải về: Kế hoạch số 73-KH\/HU/ }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^ke-hoach-73-kh-hu.*\.pdf$/)
    const file = await fs.readFile((await download.path())!)
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await context.close()
  })
})

describe('a reader searching', () => {
  it('types without diacritics in the header search and lands on the reference article', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('krong no de an 05')
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).press('Enter')
    await page.waitForURL((u) => u.pathname === '/tim-kiem' && u.searchParams.get('q') === 'krong no de an 05')
    const first = page.locator('.search-results > li').first()
    expect(await first.locator('mark').allTextContents()).toEqual(
      expect.arrayContaining(['Krông', 'Nô', 'Ðề', 'án', '05']),
    )
    await first.locator('h2 a').click()
    await page.waitForURL(new RegExp(`/tin-tuc/${REFERENCE_SLUG}$`))
    expect(await page.locator('h1').textContent()).toBe(REFERENCE_TITLE)
    await context.close()
  })
})

describe('an editor in the admin', () => {
  it('checks a catalogue file with a bad row and sees which row is rejected and why', async () => {
    const context = await newContext(browser)
    await authenticateContext(context, 'editor')
    const page = await context.newPage()
    await page.goto('/admin/collections/indicators')
    await page.getByRole('heading', { name: 'Nhập / xuất danh mục' }).waitFor({ timeout: 60_000 })
    const csv =
      'Mã nhóm,Mã biểu hiện,Mã biểu hiện gốc,Tên biểu hiện\nTT,TT-03.07,TT-03,Biểu hiện thử\nTT,TT-03.08,TT-77,Gốc lạ\n'
    await page
      .getByLabel('Tệp danh mục')
      .setInputFiles({ name: 'danh-muc.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByRole('button', { name: 'Nhập', exact: true }).click()
    const status = page.locator('.catalogue-import-outcome')
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('Không nhập')
    expect(await status.textContent()).toContain('Hợp lệ: 1 dòng · Bị từ chối: 1 dòng')
    expect(await status.locator('tbody tr').first().textContent()).toBe(
      'Dòng 3TT-03.08Không có biểu hiện gốc mã TT-77 trong tệp hay trong danh mục.',
    )
    await context.close()
  })
})
