/** A reviewer's answer to a suggested indicator. */
export const SUGGESTION_DECISIONS = [
  { value: 'accept', label: 'Chấp nhận' },
  { value: 'dismiss', label: 'Bỏ qua' },
] as const

export type SuggestionDecision = (typeof SUGGESTION_DECISIONS)[number]['value']

export const isSuggestionDecision = (value: unknown): value is SuggestionDecision =>
  SUGGESTION_DECISIONS.some((d) => d.value === value)

export function suggestionDecisionLabel(value: unknown): string {
  return SUGGESTION_DECISIONS.find((d) => d.value === value)?.label ?? String(value ?? '')
}

/** History lines a suggestion answer writes beside the workflow steps. */
export const SUGGESTION_EVENT_ACTIONS = [
  { value: 'accept-suggestion', label: 'Chấp nhận gợi ý biểu hiện' },
  { value: 'dismiss-suggestion', label: 'Bỏ qua gợi ý biểu hiện' },
] as const
