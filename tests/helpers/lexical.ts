/** A Lexical rich-text state of one paragraph holding a link to each address (text "chữ của <url>"). */
export function linkState(urls: string[], type = 'link') {
  const link = (url: string) => ({
    type,
    version: 1,
    fields: { linkType: 'custom', url, newTab: false },
    children: [{ type: 'text', text: `chữ của ${url}`, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
  })
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          children: urls.map(link),
        },
      ],
    },
  }
}
