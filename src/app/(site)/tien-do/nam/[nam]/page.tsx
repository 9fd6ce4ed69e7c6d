import ProgressPage from '../../page'

export { generateMetadata } from '../../page'

/** A year's figures: `/tien-do?nam=YYYY` is rewritten here (next.config.mjs). */
export default function Page(props: { params: Promise<{ nam: string }> }) {
  return ProgressPage(props)
}

export async function generateStaticParams() {
  return []
}
