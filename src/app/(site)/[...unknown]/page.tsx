import { notFound } from 'next/navigation'

/**
 * Any address no route knows. The portal has two root layouts (site and admin), so Next.js
 * would answer such an address with its bare English page; sending it through the site's
 * layout gives the Vietnamese 404 with the site's navigation.
 */
export default function UnknownPage() {
  notFound()
}
