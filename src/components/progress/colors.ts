import type { ProgressState } from '@/progress/tally'

/** One colour per state, the same in every chart; each is dark or light enough for its label. */
export const STATE_COLORS: Record<ProgressState, { fill: string; text: string }> = {
  complete: { fill: '#1e6b3a', text: '#ffffff' },
  inadequate: { fill: '#b3261e', text: '#ffffff' },
  inReview: { fill: '#2b5fa8', text: '#ffffff' },
  none: { fill: '#c4c7cc', text: '#1d1d1f' },
  new: { fill: '#e8dcc4', text: '#1d1d1f' },
}
