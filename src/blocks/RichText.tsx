import type { ComponentProps, ReactNode } from 'react'
import {
  LinkJSXConverter,
  RichText as LexicalRichText,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'
import { DocumentLinkComponent, type DocumentLinkFields } from './DocumentLinkBlock/Component'
import { FigureBlockComponent, type FigureBlockFields } from './FigureBlock/Component'
import { ProgressBlockComponent, type ProgressBlockFields } from './ProgressBlock/Component'
import { QuoteBlockComponent, type QuoteBlockFields } from './QuoteBlock/Component'
import { hasUnsafeHref } from '@/richtext/safeLinks'

const links = LinkJSXConverter({})
const render = <A,>(converter: ReactNode | ((args: A) => ReactNode), args: A): ReactNode =>
  typeof converter === 'function' ? converter(args) : converter

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  // Content saved before links were checked may still hold a javascript:, data: or vbscript:
  // address: its text is shown, never as a link.
  link: (args) =>
    hasUnsafeHref(args.node) ? <span>{args.nodesToJSX({ nodes: args.node.children })}</span> : render(links.link, args),
  autolink: (args) =>
    hasUnsafeHref(args.node) ? (
      <span>{args.nodesToJSX({ nodes: args.node.children })}</span>
    ) : (
      render(links.autolink, args)
    ),
  blocks: {
    figure: ({ node }: { node: { fields: unknown } }) => (
      <FigureBlockComponent {...(node.fields as FigureBlockFields)} />
    ),
    quote: ({ node }: { node: { fields: unknown } }) => <QuoteBlockComponent {...(node.fields as QuoteBlockFields)} />,
    documentLink: ({ node }: { node: { fields: unknown } }) => (
      <DocumentLinkComponent {...(node.fields as DocumentLinkFields)} />
    ),
    progress: ({ node }: { node: { fields: unknown } }) => (
      <ProgressBlockComponent {...(node.fields as ProgressBlockFields)} />
    ),
  },
})

/** Lexical content as Payload stores it (the generated types of rich-text fields). */
type EditorState = ComponentProps<typeof LexicalRichText>['data']

/** Anything with a root is handed to Lexical; anything else renders nothing. */
const isEditorState = (data: unknown): data is EditorState =>
  typeof data === 'object' && data !== null && 'root' in data

/** Article body: Lexical rendered on the server with the portal's blocks. */
export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!isEditorState(data)) return null
  return <LexicalRichText data={data} converters={converters} className={className} disableContainer={false} />
}
