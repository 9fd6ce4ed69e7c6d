import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authenticateContext, launchBrowser, newContext } from '../helpers/browser'
import { rest, type DemoRole } from '../helpers/http'

/**
 * Each of the seven roles goes through its part of the admin — the dashboard, every list and
 * global in its menu, and a new document form — without a single console error, and sees
 * only the menu of its own work, dates as dd/MM/yyyy HH:mm and Vietnamese words.
 */
const ROLES: DemoRole[] = ['admin', 'editor', 'reporter', 'org-officer', 'reviewer', 'approver', 'inspector']
const NEWSROOM = [
  '/admin/collections/articles',
  '/admin/collections/media',
  '/admin/collections/comments',
  '/admin/collections/series',
]

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`)
  })
  return errors
}

async function menuLinks(page: Page): Promise<string[]> {
  await page.locator('nav a[href^="/admin/"]').first().waitFor({ timeout: 60_000 })
  const hrefs = await page
    .locator('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
  return [...new Set(hrefs)]
}

async function brokenImages(page: Page): Promise<string[]> {
  return page
    .locator('img')
    .evaluateAll((imgs) =>
      (imgs as HTMLImageElement[])
        .filter((i) => i.complete && i.naturalWidth === 0)
        .map((i) => i.getAttribute('src') ?? ''),
    )
}

describe('the admin, role by role', () => {
  for (const role of ROLES) {
    it(`runs for the ${role} without a console error`, async () => {
      const context = await newContext(browser)
      context.setDefaultTimeout(60_000)
      await authenticateContext(context, role)
      const page = await context.newPage()
      const errors = watchErrors(page)
      try {
        await page.goto('/admin')
        const links = await menuLinks(page)
        expect(links.length, 'menu').toBeGreaterThan(0)
        expect(await brokenImages(page), 'images on the dashboard').toEqual([])
        const newsroom = ['admin', 'editor', 'reporter'].includes(role)
        for (const n of NEWSROOM) expect(links.includes(n), `${n} in the menu`).toBe(newsroom)
        for (const href of links) {
          await page.goto(href)
          await page
            .locator('.collection-list, .global-edit, .document-fields, form')
            .first()
            .waitFor({ timeout: 60_000 })
          await page.waitForLoadState('networkidle')
          const text = await page.locator('main, .template-default__wrap').first().innerText()
          // A yes/no column reads Có/Không; "Sai" means "wrong".
          expect(text, href).not.toMatch(/\bSai\b/)
          // Dates in lists are Vietnamese: 02/12/2026 08:10, never "tháng 12 2 2026, 1:10 AM".
          expect(text, href).not.toMatch(/\b(AM|PM)\b/)
        }
        expect(errors).toEqual([])
      } finally {
        await context.close()
      }
    }, 400_000)
  }

  it('opens a new article form without saving an empty draft', async () => {
    const count = async () =>
      (await rest('GET', '/api/articles?limit=0&draft=true', { as: 'editor' })).json.totalDocs as number
    const before = await count()
    const context = await newContext(browser)
    context.setDefaultTimeout(60_000)
    await authenticateContext(context, 'editor')
    const page = await context.newPage()
    await page.goto('/admin/collections/articles/create')
    await page.locator('#field-title').waitFor()
    await page.waitForLoadState('networkidle')
    await page.locator('#field-title').fill('Chỉ gõ thử, không lưu')
    await page.waitForTimeout(3000) // longer than the former autosave interval: nothing may be saved
    expect(page.url()).toContain('/create')
    expect(await count()).toBe(before)
    await context.close()
  }, 120_000)

  it('lists dates in the admin as dd/MM/yyyy HH:mm, Vietnam time', async () => {
    const context = await newContext(browser)
    await authenticateContext(context, 'editor')
    const page = await context.newPage()
    // Published articles, which all have a publication time (drafts other tests made have none).
    await page.goto('/admin/collections/articles?where[_status][equals]=published&sort=-publishedAt')
    await page.locator('.collection-list table').waitFor({ timeout: 60_000 })
    // The list's date cells are formatted in the browser once the admin has loaded.
    const dated = async () =>
      (await page.locator('.collection-list td').allInnerTexts()).filter((c) =>
        /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(c.trim()),
      ).length
    await expect.poll(dated, { timeout: 30_000 }).toBeGreaterThan(0)
    await context.close()
  }, 120_000)
})
