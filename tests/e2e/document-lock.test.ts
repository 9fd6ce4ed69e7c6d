import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authenticateContext, launchBrowser, newContext } from '../helpers/browser'
import { rest } from '../helpers/http'
import { REFERENCE_SLUG } from '../fixtures/reference'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('a document a colleague is editing', () => {
  it('names the colleague and the time in Vietnamese in the lock dialog', async () => {
    const article = (await rest('GET', `/api/articles?where[slug][equals]=${REFERENCE_SLUG}&depth=0`)).json.docs[0]
    const editPath = `/admin/collections/articles/${article.id}`

    const first = await newContext(browser)
    first.setDefaultTimeout(60_000)
    await authenticateContext(first, 'admin')
    const holder = await first.newPage()
    await holder.goto(editPath)
    await holder.locator('#field-title').waitFor()
    // The admin takes the lock while the form loads; the lock is visible to the editor once written.
    await expect
      .poll(
        async () =>
          (
            await rest('GET', `/api/payload-locked-documents?where[document.value][equals]=${article.id}&depth=0`, {
              as: 'editor',
            })
          ).json?.totalDocs ?? 0,
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0)

    const second = await newContext(browser)
    second.setDefaultTimeout(60_000)
    await authenticateContext(second, 'editor')
    const page = await second.newPage()
    await page.goto(editPath)
    const dialog = page.locator('.document-locked')
    await dialog.waitFor()
    await expect.poll(async () => dialog.innerText(), { timeout: 30_000 }).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
    const text = await dialog.innerText()
    expect(text).toContain('Quản trị hệ thống')
    expect(text).not.toMatch(/\b(AM|PM)\b/)
    expect(text).not.toContain(String((await rest('GET', '/api/users/me', { as: 'admin' })).json.user.id))

    await second.close()
    await first.close()
  }, 180_000)
})
