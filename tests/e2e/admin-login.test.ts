import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, loginToAdmin, newContext } from '../helpers/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('admin in a browser', () => {
  it('serves the login page', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const response = await page.goto('/admin/login')
    expect(response?.status()).toBe(200)
    await page.locator('input[name="email"]').waitFor({ state: 'visible' })
    await page.locator('input[name="password"]').waitFor({ state: 'visible' })
    await context.close()
  })

  it('lets the editor log in and shows the newsroom collections in Vietnamese', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await loginToAdmin(page, 'editor')
    await page.getByText('Tin bài', { exact: true }).first().waitFor({ timeout: 60_000 })
    expect(new URL(page.url()).pathname).toBe('/admin')
    await context.close()
  })
})
