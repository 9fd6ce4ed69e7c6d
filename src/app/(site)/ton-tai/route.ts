import { namedPageExists } from '@/data/exists'
import { namedPage } from '@/http/namedPages'

export const dynamic = 'force-dynamic'

/**
 * `GET /ton-tai?duong-dan=/tin-tuc/<slug>`: 204 when the page has something to show the
 * public (or is not a named page), 404 when it has not. Asked by the middleware
 * (src/http/namedPages.ts says why); tells no more than the page itself.
 */
export async function GET(request: Request): Promise<Response> {
  const page = namedPage(new URL(request.url).searchParams.get('duong-dan') ?? '')
  const exists = !page || (await namedPageExists(page))
  return new Response(null, { status: exists ? 204 : 404, headers: { 'Cache-Control': 'no-store' } })
}
