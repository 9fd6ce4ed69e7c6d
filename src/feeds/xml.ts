/** Escapes text for XML element content and attributes. */
export function xmlEscape(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  )
}

export type FeedItem = {
  title: string
  url: string
  description?: string | null
  publishedAt?: string | null
  /** The last correction or update, when there is one (written as atom:updated). */
  updatedAt?: string | null
  authors?: string[]
}

export function rssFeed({
  title,
  url,
  description,
  items,
}: {
  title: string
  url: string
  description: string
  items: FeedItem[]
}): string {
  const entries = items
    .map(
      (i) => `    <item>
      <title>${xmlEscape(i.title)}</title>
      <link>${xmlEscape(i.url)}</link>
      <guid isPermaLink="true">${xmlEscape(i.url)}</guid>
${i.publishedAt ? `      <pubDate>${new Date(i.publishedAt).toUTCString()}</pubDate>\n` : ''}${i.updatedAt ? `      <atom:updated>${new Date(i.updatedAt).toISOString()}</atom:updated>\n` : ''}${i.description ? `      <description>${xmlEscape(i.description)}</description>\n` : ''}${(i.authors ?? []).map((a) => `      <dc:creator>${xmlEscape(a)}</dc:creator>\n`).join('')}    </item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xmlEscape(title)}</title>
    <link>${xmlEscape(url)}</link>
    <description>${xmlEscape(description)}</description>
    <language>vi</language>
    <atom:link href="${xmlEscape(url)}/rss.xml" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>
`
}

export type SitemapEntry = { url: string; lastModified?: string | null }

export function sitemap(entries: SitemapEntry[]): string {
  const urls = entries
    .map(
      (e) =>
        `  <url><loc>${xmlEscape(e.url)}</loc>${e.lastModified ? `<lastmod>${new Date(e.lastModified).toISOString()}</lastmod>` : ''}</url>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`
}
