import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
const url = process.argv[2]
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lh-'))
const chrome = await launch({ chromePath: '/usr/bin/chromium', userDataDir, chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--no-first-run'] })
try {
  const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
  const a = r!.lhr.audits
  console.log('perf', r!.lhr.categories.performance.score, 'benchmarkIndex', r!.lhr.environment.benchmarkIndex)
  for (const k of ['mainthread-work-breakdown','bootup-time','long-tasks']) console.log(k, a[k]?.displayValue, JSON.stringify((a[k] as any)?.details?.items?.slice(0,6)).slice(0,900))
  for (const k of ['first-contentful-paint','largest-contentful-paint','total-blocking-time','cumulative-layout-shift','speed-index','server-response-time','largest-contentful-paint-element','render-blocking-resources','redirects','uses-text-compression','network-requests'])
    console.log(k, a[k]?.displayValue ?? '', a[k]?.score ?? '', k==='network-requests' ? JSON.stringify((a[k] as any).details.items.map((i: any)=>[i.url.slice(-60), i.statusCode, i.transferSize, Math.round(i.networkEndTime - i.networkRequestTime)])) : '')
} finally { chrome.kill(); fs.rmSync(userDataDir, { recursive: true, force: true }) }
process.exit(0)
