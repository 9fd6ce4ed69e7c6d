import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, loginToAdmin, newContext } from '../helpers/browser'
import { testServer } from '../helpers/env'
import { rest } from '../helpers/http'
import { CAPTIONS, DRAFT_SLUG, DRAFT_TITLE, REFERENCE_TITLE } from '../fixtures/reference'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('a reader', () => {
  it('opens the home page, follows the reference article, and posts a comment that waits for moderation', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('link', { name: REFERENCE_TITLE }).first().click()
    await page.waitForURL(/\/tin-tuc\/krong-no-linh-hoat-trien-khai-thuc-hien-de-an-05-ky-2/)
    await expect.poll(() => page.locator('h1').textContent()).toBe(REFERENCE_TITLE)
    const meta = await page.locator('.article__meta').textContent()
    expect(meta).toContain('Hoàng Hoài')
    expect(meta).toContain('03/11/2022 09:09')
    expect(await page.locator('.article__part').textContent()).toBe('Kỳ 2')
    const captions = await page.locator('figcaption').allTextContents()
    for (const c of CAPTIONS) expect(captions.some((t) => t.startsWith(c))).toBe(true)

    const countBefore = await page.locator('#binh-luan-title').textContent()
    expect(countBefore).toMatch(/^\(\d+\) Bình luận$/)
    await page.getByLabel('Tên hiển thị').fill('Bạn đọc Krông Nô')
    await page.getByLabel('Email (không hiển thị công khai)').fill('bandoc@example.com')
    await page.getByLabel('Nội dung').fill('Cách làm của thị trấn Đắk Mâm rất đáng học hỏi.')
    await page.getByRole('button', { name: 'Gửi bình luận' }).click()
    await expect.poll(() => page.locator('.notice--ok').textContent(), { timeout: 30_000 }).toContain('đang chờ duyệt')
    // Pending comments are not shown to readers.
    await page.reload()
    expect(await page.locator('#binh-luan-title').textContent()).toBe(countBefore)
    expect(await page.content()).not.toContain('Cách làm của thị trấn Đắk Mâm rất đáng học hỏi.')
    await context.close()
  })

  it('reads the article and posts a comment with JavaScript turned off', async () => {
    const noJs = await browser.newContext({ baseURL: testServer().baseUrl, javaScriptEnabled: false, locale: 'vi-VN' })
    const page = await noJs.newPage()
    await page.goto('/')
    await page.getByRole('link', { name: REFERENCE_TITLE }).first().click()
    await page.waitForLoadState()
    expect(await page.locator('h1').textContent()).toBe(REFERENCE_TITLE)
    await page.getByLabel('Tên hiển thị').fill('Không dùng JavaScript')
    await page.getByLabel('Email (không hiển thị công khai)').fill('nojs@example.com')
    await page.getByLabel('Nội dung').fill('Gửi từ trình duyệt tắt JavaScript.')
    await page.getByRole('button', { name: 'Gửi bình luận' }).click()
    await page.waitForLoadState()
    expect(await page.locator('.notice--ok').textContent()).toContain('đang chờ duyệt')
    await noJs.close()
  })
})

describe('an editor', () => {
  it('logs into the Vietnamese admin and publishes a draft, which then appears on the home page', async () => {
    const { json } = await rest('GET', `/api/articles?where[slug][equals]=${DRAFT_SLUG}&draft=true&depth=0`, {
      as: 'editor',
    })
    const id = json.docs[0].id
    const context = await newContext(browser)
    const page = await context.newPage()
    await loginToAdmin(page, 'editor')
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    expect(await page.content()).toContain('Bảng điều khiển')
    await page.goto(`/admin/collections/articles/${id}`)
    const publish = page.locator('#action-save')
    await publish.waitFor({ timeout: 60_000 })
    expect(await publish.textContent()).toContain('Xuất bản')
    await publish.click()
    await expect
      .poll(async () => (await rest('GET', `/api/articles?where[slug][equals]=${DRAFT_SLUG}&depth=0`)).json.totalDocs, {
        timeout: 30_000,
      })
      .toBe(1)
    const home = await context.newPage()
    await home.goto('/')
    expect(await home.getByRole('link', { name: DRAFT_TITLE }).count()).toBeGreaterThan(0)
    await context.close()
  })
})
