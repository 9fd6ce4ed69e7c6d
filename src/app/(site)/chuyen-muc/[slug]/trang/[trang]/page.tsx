import ListingPage, { generateMetadata as metadataOf } from '../../page'

/** Page N of the category's articles: `?trang=N` is rewritten here (next.config.mjs). */
type Props = { params: Promise<{ slug: string; trang: string }> }
export const generateMetadata = (props: Props) => metadataOf(props)
export default function Page(props: Props) {
  return ListingPage(props)
}
export { generateStaticParams } from '../../page'
