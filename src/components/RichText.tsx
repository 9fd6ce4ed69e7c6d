import { RichText as LexicalRichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { DocumentLinkComponent, type DocumentLinkFields } from '../blocks/DocumentLinkBlock/Component'
import { FigureBlockComponent, type FigureBlockFields } from '../blocks/FigureBlock/Component'
import { QuoteBlockComponent, type QuoteBlockFields } from '../blocks/QuoteBlock/Component'

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  blocks: {
    figure: ({ node }: { node: { fields: unknown } }) => <FigureBlockComponent {...(node.fields as FigureBlockFields)} />,
    quote: ({ node }: { node: { fields: unknown } }) => <QuoteBlockComponent {...(node.fields as QuoteBlockFields)} />,
    documentLink: ({ node }: { node: { fields: unknown } }) => <DocumentLinkComponent {...(node.fields as DocumentLinkFields)} />,
  },
})

/** Article body: Lexical rendered on the server with the portal's blocks. */
export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return <LexicalRichText data={data as never} converters={converters} className={className} disableContainer={false} />
}
