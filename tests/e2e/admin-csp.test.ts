import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, loginToAdmin, newContext } from '../helpers/browser'
import { rest } from '../helpers/http'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Every Content-Security-Policy violation the page reports, from the DOM event and the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
  })
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      )
    })
  })
  return violations
}

describe('the admin under the Content-Security-Policy', () => {
  it('logs in, opens an article to edit and saves it without a single violation', async () => {
    const { json } = await rest('GET', '/api/articles?limit=1&depth=0&where[_status][equals]=published', {
      as: 'editor',
    })
    const id = json.docs[0].id
    const context = await newContext(browser)
    const page = await context.newPage()
    const violations = await watchViolations(page)
    await loginToAdmin(page, 'editor')
    await page.goto(`/admin/collections/articles/${id}`)
    await page.locator('#field-title').waitFor({ timeout: 60_000 })
    await page.locator('.rich-text-lexical').first().waitFor({ timeout: 60_000 })
    await page.goto('/admin/collections/media')
    await page.locator('.collection-list').first().waitFor({ timeout: 60_000 })
    await page.goto('/')
    await page.locator('main').first().waitFor()
    expect(violations).toEqual([])
    await context.close()
  }, 180_000)
})
