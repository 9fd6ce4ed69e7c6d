import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newContext } from '../helpers/browser'
import { REFERENCE_SLUG } from '../fixtures/reference'

/** The newspaper's text, paragraph by paragraph (blank lines between paragraphs). */
function referenceParagraphs(): string[] {
  const file = path.resolve(__dirname, '../../src/seed/content/krong-no-de-an-05-ky-2.txt')
  return fs
    .readFileSync(file, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
}

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the reference article', () => {
  it('reads word for word as the paper printed it, quotations and captions included, with Nổi bật and Đừng bỏ lỡ beside it', async () => {
    const ref = referenceParagraphs()
    // Title, "byline| date", then the lead down to the comments line that closes the page.
    const end = ref.findIndex((p) => p.startsWith('(0) Bình luận'))
    const expected = ref.slice(2, end)

    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(`/tin-tuc/${REFERENCE_SLUG}`)
    expect(await page.locator('h1').innerText()).toBe(ref[0])
    const shown = await page
      .locator('.article__lead, .article__body h2, .article__body p, .article__body figcaption')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()))
    expect(shown).toEqual(expected)
    // Each of the five quotations is marked up as one, inside its paragraph.
    expect(await page.locator('.article__body p q').count()).toBe(5)
    const aside = page.locator('.article-aside')
    expect(await aside.locator('h2').allTextContents()).toEqual(['Nổi bật', 'Đừng bỏ lỡ'])
    await context.close()
  })
})
