import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authenticateContext, launchBrowser, newContext } from '../helpers/browser'
import { rest } from '../helpers/http'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('a document a colleague is editing', () => {
  it('names the colleague and the time in Vietnamese in the lock dialog', async () => {
    // An article of its own: a lock outlives the test by minutes and would stand in others' way.
    const made = await rest('POST', '/api/articles?draft=true', {
      as: 'editor',
      body: { title: `Bài đang được sửa ${Date.now().toString(36)}`, _status: 'draft' },
    })
    expect(made.status, made.text).toBe(201)
    const id = made.json.doc.id
    const editPath = `/admin/collections/articles/${id}`

    const first = await newContext(browser)
    first.setDefaultTimeout(60_000)
    await authenticateContext(first, 'admin')
    const holder = await first.newPage()
    await holder.goto(editPath)
    const title = holder.locator('#field-title')
    await title.waitFor()
    // The admin starts typing: the form takes the lock in the admin's name.
    await title.press('End')
    await title.type(' (đang sửa)')
    await expect
      .poll(
        async () =>
          (
            await rest('GET', `/api/payload-locked-documents?where[document.value][equals]=${id}&depth=0`, {
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
    expect((await rest('DELETE', `/api/articles/${id}`, { as: 'admin' })).status).toBe(200)
  }, 180_000)
})
