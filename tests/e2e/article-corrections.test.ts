import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { authenticateContext, launchBrowser, newContext } from '../helpers/browser'
import { rest } from '../helpers/http'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('an editor changing a published article in the admin', () => {
  it('is told to add a note, and publishes once the change is marked minor', async () => {
    const title = `Bài đã đăng cần sửa ${Date.now().toString(36)}`
    const created = await rest('POST', '/api/articles', {
      as: 'editor',
      body: { title, lead: 'Sapo.', _status: 'published' },
    })
    expect(created.status, created.text).toBe(201)
    const { id, slug } = created.json.doc

    const context = await newContext(browser)
    await authenticateContext(context, 'editor')
    const page = await context.newPage()
    await page.goto(`/admin/collections/articles/${id}`)
    const titleInput = page.locator('#field-title')
    await titleInput.waitFor({ timeout: 60_000 })
    await titleInput.fill(`${title} (sửa)`)
    await page.locator('#action-save').click()
    const toast = page
      .locator('.payload-toast-container')
      .getByText('cần thêm một ghi chú “Đính chính” hoặc “Cập nhật”', { exact: false })
    await toast.waitFor({ timeout: 30_000 })
    expect((await rest('GET', `/api/articles/${id}`)).json.title).toBe(title)

    await page.getByLabel('Sửa lỗi nhỏ (không cần ghi chú)').check()
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await rest('GET', `/api/articles/${id}`)).json.title, { timeout: 30_000 })
      .toBe(`${title} (sửa)`)
    const reader = await context.newPage()
    await reader.goto(`/tin-tuc/${slug}`)
    expect(await reader.locator('h1').textContent()).toBe(`${title} (sửa)`)
    expect(await reader.locator('.article-notes').count()).toBe(0)
    await context.close()
  })
})
