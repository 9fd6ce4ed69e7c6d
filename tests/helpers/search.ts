import { url } from './env'

/**
 * The public search page /tim-kiem as a reader gets it: the result links in order and the
 * counts per kind ("Tất cả (12)", "Bài viết (3)"…).
 */
export async function siteSearch(q: string, extra = '') {
  const res = await fetch(url(`/tim-kiem?q=${encodeURIComponent(q)}${extra}`))
  const html = (await res.text()).replace(/<!-- -->/g, '')
  const results = /<ol class="search-results">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? ''
  const links = [...results.matchAll(/<h2><a href="([^"]+)"/g)].map((m) => m[1])
  const counts = Object.fromEntries(
    [...html.matchAll(/(Tất cả|Bài viết|Văn bản|Biểu hiện) \((\d+)\)/g)].map((m) => [m[1], Number(m[2])]),
  )
  return { status: res.status, html, links, counts }
}
