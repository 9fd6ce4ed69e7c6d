import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authenticateContext, launchBrowser, newContext } from '../helpers/browser'
import type { DemoRole } from '../helpers/http'
import { api, completeContent, createCell, indicatorIds, transition } from '../helpers/dossiers'

/**
 * Every tab of a dossier opens, whatever the dossier holds: one with conclusion-form
 * shortcomings, one without, and one with nothing filled in yet — for the officer who writes
 * it and the reviewer who reads it. The admin remembers the last tab, so a tab that crashed
 * would crash the dossier on every later visit.
 */
const TABS = [
  '1. Nhận diện',
  '2. Kế hoạch khắc phục',
  '3. Đánh giá cuối năm',
  '4. Đối chiếu phiếu kết luận',
  '5. Tài liệu đính kèm',
  'Ý kiến thẩm định',
  'Lịch sử',
]

let browser: Browser
const dossiers: Record<string, string> = {}

beforeAll(async () => {
  browser = await launchBrowser()
  const ind = await indicatorIds()
  const full = completeContent(ind)
  const make = async (label: string, content: object, submit: boolean) => {
    const cell = await createCell('DM', `tab-${label}`)
    const res = await api('org-officer', 'POST', '/api/dossiers', { organization: cell.id, year: 2023, ...content })
    if (res.status !== 201) throw new Error(res.text)
    const id = String(res.json.doc.id)
    if (submit) expect((await transition('org-officer', id, { action: 'submit' })).status).toBe(200)
    dossiers[label] = id
  }
  await make('with-shortcomings', full, true)
  await make('without-shortcomings', { ...full, shortcomings: [] }, true)
  await make('empty', {}, false)
})

afterAll(async () => {
  await browser?.close()
})

async function openEveryTab(page: Page, id: string, errors: string[]) {
  await page.goto(`/admin/collections/dossiers/${id}`)
  await page.getByTestId('dossier-workflow').waitFor({ timeout: 60_000 })
  for (const label of TABS) {
    await page.locator('.tabs-field__tab-button', { hasText: label }).click()
    await page.locator('.tabs-field__tab-button--active', { hasText: label }).waitFor({ timeout: 30_000 })
    if (label.startsWith('4.')) await page.getByTestId('conclusion-cross-check').waitFor({ timeout: 30_000 })
    expect(await page.getByText('Application error').count(), `${label}`).toBe(0)
    expect(await page.getByTestId('safe-section-fallback').count(), `${label}`).toBe(0)
  }
  // The admin reopens the dossier on the last tab it showed: that must work too.
  await page.locator('.tabs-field__tab-button', { hasText: '4. Đối chiếu phiếu kết luận' }).click()
  await page.reload()
  await page.getByTestId('conclusion-cross-check').waitFor({ timeout: 60_000 })
  await page.getByTestId('dossier-workflow').waitFor({ timeout: 60_000 })
  expect(errors).toEqual([])
}

describe('a dossier in the admin', () => {
  for (const role of ['org-officer', 'reviewer'] as DemoRole[]) {
    it(`opens on every tab for the ${role}, with and without shortcomings`, async () => {
      const context = await newContext(browser)
      context.setDefaultTimeout(60_000)
      await authenticateContext(context, role)
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      try {
        const which =
          role === 'reviewer'
            ? ['with-shortcomings', 'without-shortcomings']
            : ['with-shortcomings', 'without-shortcomings', 'empty']
        for (const key of which) await openEveryTab(page, dossiers[key], errors)
      } finally {
        await context.close()
      }
    }, 300_000)
  }
})
