/**
 * The id of a relationship value as a string, whether Payload gave the id or the populated
 * document (depth > 0); undefined when the relationship is empty.
 */
export function relationId(value: unknown): string | undefined {
  if (value == null || value === '') return undefined
  if (typeof value !== 'object') return String(value)
  const id = (value as { id?: unknown }).id
  return id == null || id === '' ? undefined : String(id)
}
