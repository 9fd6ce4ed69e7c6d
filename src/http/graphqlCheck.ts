import { buildSchema, GraphQLError, NoFragmentCyclesRule, parse, validate } from 'graphql'
import type { Refusal } from './requestCheck'

// The cycle rule looks at fragments only, so any valid schema will do.
const bareSchema = buildSchema('type Query { _: Boolean }')

/**
 * A GraphQL document whose fragments spread each other forever would send Payload's
 * complexity count into endless recursion; it is refused before it gets there.
 */
export function checkGraphqlQuery(query: unknown): Refusal | null {
  if (typeof query !== 'string' || !query.trim()) return { status: 400, message: 'Thiếu câu truy vấn GraphQL (query).' }
  let document
  try {
    document = parse(query, { maxTokens: 20_000 })
  } catch (err) {
    const detail = err instanceof GraphQLError ? ` (dòng ${err.locations?.[0]?.line ?? '?'})` : ''
    return { status: 400, message: `Câu truy vấn GraphQL sai cú pháp${detail}.` }
  }
  if (validate(bareSchema, document, [NoFragmentCyclesRule]).length) {
    return { status: 400, message: 'Câu truy vấn GraphQL có fragment tự gọi lại chính nó.' }
  }
  return null
}
