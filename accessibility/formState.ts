import type { FeedbackNotice } from './links'
import { feedbackFields, type FeedbackErrors } from './schema'

// What the form page shows after a POST: the answer's codes come back in the query
// (accessibility/links.ts feedbackRetryPath); unknown codes are dropped.
export interface FeedbackFormState {
  errors: FeedbackErrors
  notice: FeedbackNotice | null
}

const notices: FeedbackNotice[] = ['rateLimited', 'unavailable']

export function feedbackFormStateFromQuery(query: { errors?: string | string[]; notice?: string | string[] }): FeedbackFormState {
  const first = (value?: string | string[]) => (Array.isArray(value) ? value[0] : value) ?? ''
  const errors: FeedbackErrors = {}
  for (const code of first(query.errors).split(',')) {
    const field = feedbackFields.find((known) => known === code)
    if (field) errors[field] = field
  }
  return { errors, notice: notices.find((known) => known === first(query.notice)) ?? null }
}
