import type { Locale } from '../i18n/locales'
import { feedbackRetryPath, feedbackThanksPath, type FeedbackNotice } from './links'
import type { FeedbackErrors } from './schema'

const unavailableRetryAfterSeconds = 30

export type FeedbackResult =
  | { status: 'accepted' }
  | { status: 'invalid'; errors: FeedbackErrors }
  | { status: 'rate-limited'; retryAfterSeconds: number }
  | { status: 'unavailable' }

// The one answer to a feedback, as newsletter/signUpAnswer.ts is to a sign-up: the form POST
// gets a 303 to `page`, a JSON client the status and codes. Only codes travel; React renders
// them in the reader's language.
export interface FeedbackAnswer {
  outcome: FeedbackResult['status']
  httpStatus: 200 | 400 | 429 | 503
  errors: FeedbackErrors
  notice: FeedbackNotice | null
  retryAfterSeconds: number | null
  page: string
}

export function feedbackAnswerFor(result: FeedbackResult, locale: Locale): FeedbackAnswer {
  const base = { errors: {}, notice: null, retryAfterSeconds: null }
  switch (result.status) {
    case 'accepted':
      return { ...base, outcome: 'accepted', httpStatus: 200, page: feedbackThanksPath(locale) }
    case 'invalid':
      return { ...base, outcome: 'invalid', httpStatus: 400, errors: result.errors, page: feedbackRetryPath(locale, result) }
    case 'rate-limited': {
      const notice = 'rateLimited' as const
      return { ...base, outcome: 'rate-limited', httpStatus: 429, notice, retryAfterSeconds: result.retryAfterSeconds, page: feedbackRetryPath(locale, { notice }) }
    }
    case 'unavailable': {
      const notice = 'unavailable' as const
      return { ...base, outcome: 'unavailable', httpStatus: 503, notice, retryAfterSeconds: unavailableRetryAfterSeconds, page: feedbackRetryPath(locale, { notice }) }
    }
  }
}

export const feedbackAnswerBody = (answer: FeedbackAnswer) => ({
  status: answer.outcome,
  ...(answer.outcome === 'invalid' ? { errors: answer.errors } : {}),
  ...(answer.notice ? { error: answer.notice } : {}),
})
