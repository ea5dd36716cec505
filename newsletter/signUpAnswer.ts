import type { Locale } from '../i18n/locales'
import { formPath, resultPagePath, type FormNotice } from './links'
import type { FieldErrors } from './schema'
import type { SignUpOutcome } from './signUp'

// What the boundary can conclude about one sign-up attempt.
// How long a reader is asked to wait when the database or the mail server is away.
const unavailableRetryAfterSeconds = 30

export type SignUpResult = SignUpOutcome | { status: 'invalid'; errors: FieldErrors } | { status: 'unavailable' }

// The one answer to a sign-up, whichever door it came through: the server action (JavaScript)
// renders `errors` and `notice` in the form; the form POST without JavaScript redirects to
// `page`; a JSON client gets `httpStatus` and the codes. Only codes travel — the reader's
// language is applied where React renders them (Newsletter.errors.*), so no translated text
// is ever written into an answer by hand.
export interface SignUpAnswer {
  outcome: SignUpResult['status']
  httpStatus: 200 | 400 | 429 | 503
  errors: FieldErrors
  notice: FormNotice | null
  retryAfterSeconds: number | null
  page: string
}

export function answerFor(result: SignUpResult, locale: Locale): SignUpAnswer {
  switch (result.status) {
    case 'unknown-interest':
      return answerFor({ status: 'invalid', errors: { interests: 'interests' } }, locale)
    case 'accepted':
      return { outcome: 'accepted', httpStatus: 200, errors: {}, notice: null, retryAfterSeconds: null, page: resultPagePath(locale, 'check-mail') }
    case 'invalid':
      return { outcome: 'invalid', httpStatus: 400, errors: result.errors, notice: null, retryAfterSeconds: null, page: formPath(locale, result) }
    case 'rate-limited': {
      const notice = 'rateLimited' as const
      return { outcome: 'rate-limited', httpStatus: 429, errors: {}, notice, retryAfterSeconds: result.retryAfterSeconds, page: formPath(locale, { notice }) }
    }
    case 'unavailable': {
      const notice = 'unavailable' as const
      return { outcome: 'unavailable', httpStatus: 503, errors: {}, notice, retryAfterSeconds: unavailableRetryAfterSeconds, page: formPath(locale, { notice }) }
    }
  }
}

// The answer as JSON: the outcome and codes, nothing in prose.
export const answerBody = (answer: SignUpAnswer) => ({
  status: answer.outcome,
  ...(answer.outcome === 'invalid' ? { errors: answer.errors } : {}),
  ...(answer.notice ? { error: answer.notice } : {}),
})

// RFC 9110 §10.2.3: Retry-After fits a 429 and a 503, and a redirect (the wait before
// following it) — so the no-JavaScript door's 303 carries it as well.
export const retryAfterHeader = (answer: SignUpAnswer): Record<string, string> =>
  answer.retryAfterSeconds == null ? {} : { 'Retry-After': String(answer.retryAfterSeconds) }
