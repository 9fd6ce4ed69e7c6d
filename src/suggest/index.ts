export {
  buildSuggestionIndex,
  suggestIndicators,
  type CatalogueIndicator,
  type Suggestion,
  type SuggestionIndex,
} from './rank'
export { terms, syllables } from './terms'
export {
  SUGGESTION_DECISIONS,
  SUGGESTION_EVENT_ACTIONS,
  suggestionDecisionLabel,
  type SuggestionDecision,
} from './decisions'
