import { NotFoundMessage } from '@/components/NotFoundMessage'

/** A page of the site that calls notFound(): an unknown slug, year or code. */
export default function NotFound() {
  return <NotFoundMessage />
}
