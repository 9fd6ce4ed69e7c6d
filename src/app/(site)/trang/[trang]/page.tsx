import HomePage from '../../page'

/** Page N of the latest articles: `/?trang=N` is rewritten here (next.config.mjs). */
export default function Page(props: { params: Promise<{ trang: string }> }) {
  return HomePage(props)
}

export async function generateStaticParams() {
  return []
}
