import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { doorwayFrom, launchBrowser, newContext } from '../helpers/browser'
import { randomIp, rest } from '../helpers/http'
import { REFERENCE_SLUG } from '../fixtures/reference'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('a reader who has commented too often', () => {
  it('is told why the comment was refused, not that the system is busy', async () => {
    const ip = randomIp()
    const article = (await rest('GET', `/api/articles?where[slug][equals]=${REFERENCE_SLUG}&depth=0`)).json.docs[0].id
    // Use up this client's allowance (COMMENT_RATE_LIMIT per window) through the API.
    for (let i = 0; i < 200; i++) {
      const res = await rest('POST', '/api/comments', {
        ip,
        body: { article, authorName: 'Bạn đọc', email: 'a@example.com', body: `Góp ý số ${i}` },
      })
      if (res.status === 429) break
      expect(res.status, res.text).toBe(201)
    }
    // The browser comes from the same address (the server trusts no X-Forwarded-For it is sent).
    const doorway = await doorwayFrom(ip)
    const context = await newContext(browser, { baseURL: doorway.baseUrl })
    const page = await context.newPage()
    await page.goto(`/tin-tuc/${REFERENCE_SLUG}`)
    await page.getByLabel('Tên hiển thị').fill('Bạn đọc')
    await page.getByLabel('Email (không hiển thị công khai)').fill('a@example.com')
    await page.getByLabel('Nội dung').fill('Thêm một góp ý nữa.')
    await page.getByRole('button', { name: 'Gửi bình luận' }).click()
    await expect.poll(() => page.locator('.notice--error').textContent(), { timeout: 30_000 }).toContain('quá nhanh')
    await context.close()
    await doorway.close()
  })
})
