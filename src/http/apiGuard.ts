import type { SanitizedConfig } from 'payload'

type Entity = { slug: string; versions?: unknown }

/**
 * REST paths that Payload would answer with a server error instead of a 4xx: the version
 * history of a collection or global that keeps no versions (Payload queries a table that
 * does not exist), and its internal migrations collection (501). Answered as "not found".
 * So is Payload's first-user registration, which would let whoever reaches an empty
 * database first make themselves administrator: `npm run create-admin` makes the first one.
 */
export function isUnservedApiPath(
  segments: string[],
  config: Pick<SanitizedConfig, 'collections' | 'globals'>,
): boolean {
  const [first, second, third] = segments
  if (first === 'payload-migrations') return true
  if (first === 'users' && second === 'first-register') return true
  if (first === 'globals') {
    const global = (config.globals as Entity[]).find((g) => g.slug === second)
    return Boolean(global && third === 'versions' && !global.versions)
  }
  const collection = (config.collections as Entity[]).find((c) => c.slug === first)
  return Boolean(collection && second === 'versions' && !collection.versions)
}
