import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RichText } from '@/blocks/RichText'
import { isSafeHref, unsafeLinks } from '@/richtext/safeLinks'
import { linkState } from '../helpers/lexical'

const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://x.vn/a',
]
const ALLOWED = [
  'https://soisua.vn/tin-tuc/a',
  'http://x.vn',
  'mailto:toasoan@soisua.vn',
  'tel:+842613',
  '/van-ban/73-kh-hu',
  '#muc-2',
  '?trang=2',
  'tin-tuc/a',
  '//cdn.soisua.vn/a.pdf',
]

const state = (urls: string[], type?: string) => linkState(urls, type)

describe('rich-text link addresses', () => {
  it('allows http, https, mailto, tel and relative addresses only', () => {
    for (const url of HOSTILE) expect(isSafeHref(url), url).toBe(false)
    for (const url of ALLOWED) expect(isSafeHref(url), url).toBe(true)
  })

  it('finds refused links anywhere in a document, internal links excepted', () => {
    const doc = {
      title: 'x',
      body: state(['https://a.vn', 'javascript:alert(1)']),
      blocks: [{ note: state(['vbscript:x'], 'autolink') }],
    }
    expect(unsafeLinks(doc)).toEqual(['javascript:alert(1)', 'vbscript:x'])
    expect(
      unsafeLinks({
        body: { root: { children: [{ type: 'link', fields: { linkType: 'internal', doc: { value: '1' } } }] } },
      }),
    ).toEqual([])
  })

  it('never renders a refused address as a link, even from stored content', () => {
    const html = renderToStaticMarkup(createElement(RichText, { data: state([...HOSTILE, ...ALLOWED]) }))
    for (const url of HOSTILE) expect(html, url).toContain(`chữ của ${url.replace(/</g, '&lt;').replace(/>/g, '&gt;')}`)
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript|file|ftp):/i)
    for (const url of ALLOWED) expect(html).toContain(`href="${url.replace(/&/g, '&amp;')}"`)
    const auto = renderToStaticMarkup(createElement(RichText, { data: state(['data:text/html,x'], 'autolink') }))
    expect(auto).not.toContain('href="data:')
  })
})
