import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newContext } from '../helpers/browser'
import { url } from '../helpers/env'
import { rest } from '../helpers/http'
import { REFERENCE_SLUG } from '../fixtures/reference'

/**
 * Every kind of public page, as a reader and the validators see it: axe-core finds no
 * violation of any impact, the Nu Html Checker finds no error, and nothing scrolls sideways
 * on a 320 px phone. Unknown addresses answer the site's own Vietnamese 404.
 */
const require = createRequire(import.meta.url)
const run = promisify(execFile)

let browser: Browser
const pages: string[] = [
  '/',
  `/tin-tuc/${REFERENCE_SLUG}`,
  '/chuyen-muc/de-an-05',
  '/tac-gia/hoang-hoai',
  '/van-ban',
  '/bieu-hien',
  '/tien-do',
  '/tien-do?nam=2022',
  '/tim-kiem?q=de+an+05',
  '/khong-co-trang-nay',
  '/tin-tuc/khong-co-bai-nay',
]

beforeAll(async () => {
  browser = await launchBrowser()
  const first = async (collection: string, field: string, where = '') =>
    (await rest('GET', `/api/${collection}?limit=1&depth=0${where}`)).json.docs[0]?.[field] as string
  pages.push(`/loat-bai/${await first('series', 'slug')}`)
  pages.push(`/van-ban/${await first('guidance-documents', 'slug', '&where[_status][equals]=published')}`)
  pages.push(`/bieu-hien/${String(await first('indicators', 'code')).toLowerCase()}`)
})

afterAll(async () => {
  await browser?.close()
})

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>
        }
      }
    ).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map(
      (v) =>
        `${v.impact} ${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    )
  })
  return violations
}

describe('every public page', () => {
  it('has no axe-core violation and no sideways scroll at 320 px', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const found: Record<string, string[]> = {}
    for (const p of pages) {
      await page.setViewportSize({ width: 1280, height: 800 })
      await page.goto(p)
      const violations = await axeViolations(page)
      await page.setViewportSize({ width: 320, height: 640 })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      if (overflow > 0) violations.push(`scrolls sideways by ${overflow}px at 320 px`)
      if (violations.length) found[p] = violations
    }
    await context.close()
    expect(found).toEqual({})
  }, 300_000)

  it('validates with the Nu Html Checker', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soisua-vnu-'))
    try {
      const files: string[] = []
      for (const [i, p] of pages.entries()) {
        const res = await fetch(url(p))
        const file = path.join(dir, `${i}.html`)
        fs.writeFileSync(file, await res.text())
        files.push(file)
      }
      // One checker run for all pages: starting Java is the slow part.
      const jar = require.resolve('vnu-jar/build/dist/vnu.jar')
      const { stderr } = await run(
        'java',
        ['-jar', jar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
        { maxBuffer: 16 << 20 },
      )
      const messages = (
        JSON.parse(stderr || '{"messages":[]}') as {
          messages: { type: string; url: string; message: string; extract?: string }[]
        }
      ).messages
      const errors = messages
        .filter((m) => m.type === 'error')
        .map((m) => `${pages[Number(path.basename(m.url).replace(/\D/g, ''))]}: ${m.message} ${m.extract ?? ''}`)
      expect(errors).toEqual([])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 180_000)
})

const expectSiteNotFound = async (page: Page, p: string) => {
  const res = await page.goto(p)
  expect(res?.status(), p).toBe(404)
  expect(await page.locator('main h1').innerText(), p).toBe('Không tìm thấy trang')
  expect(await page.locator('html').getAttribute('lang'), p).toBe('vi')
  expect(await page.getByRole('navigation', { name: 'Chuyên mục' }).count(), p).toBe(1)
  expect(await page.locator('body').innerText(), p).not.toContain('could not be found')
}

describe('an unknown address', () => {
  it('answers 404 with the Vietnamese page inside the site layout, readable without JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false })
    const page = await context.newPage()
    for (const p of ['/khong-co-trang-nay', '/mot/duong/dan/la']) await expectSiteNotFound(page, p)
    await context.close()
  }, 120_000)

  it('naming an article, document, category, author, series, indicator, year or page that does not exist answers the same page, without JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false })
    const page = await context.newPage()
    for (const p of [
      '/tin-tuc/khong-co-bai-nay',
      '/van-ban/khong-co-van-ban-nay',
      '/chuyen-muc/khong-co',
      '/tac-gia/khong-co/trang/2',
      '/loat-bai/khong-co',
      '/bieu-hien/xx-99',
      '/tin-tuc/Ch%E1%BB%AF-hoa',
      '/tien-do?nam=2061',
      '/dinh-chinh?trang=99',
    ])
      await expectSiteNotFound(page, p)
    await context.close()
  }, 120_000)
})
