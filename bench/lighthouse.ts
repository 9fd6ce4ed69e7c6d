/**
 * Lighthouse (mobile, its default simulated throttling) on a page, with Debian's Chromium
 * (CHROMIUM_PATH overrides /usr/bin/chromium): the four category scores, 0–100.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

export type Scores = { performance: number; accessibility: number; 'best-practices': number; seo: number }
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

export async function lighthouseScores(url: string): Promise<Scores> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'soi-sua-lighthouse-'))
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    userDataDir,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    })
    const categories = result?.lhr.categories
    if (!categories) throw new Error(`Lighthouse không cho kết quả cho ${url}`)
    return Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Scores
  } finally {
    chrome.kill()
    fs.rmSync(userDataDir, { recursive: true, force: true })
  }
}
