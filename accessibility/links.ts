import type { Locale } from '../i18n/locales'
import { routing } from '../i18n/routing'
import type { FeedbackErrors } from './schema'

// Every address of the barrier feedback, built in one place. The form posts to a Payload
// endpoint (accessibility/endpoint.ts); the reader's pages are the localized form and thanks pages.
export const feedbackEndpointPath = '/api/accessibility/feedback'

export type FeedbackNotice = 'rateLimited' | 'unavailable'

const localizedPath = (internal: '/report-a-barrier' | '/report-a-barrier/thanks', locale: Locale) =>
  `/${locale}${routing.pathnames[internal][locale]}`

export const feedbackFormPath = (locale: Locale) => localizedPath('/report-a-barrier', locale)
export const feedbackThanksPath = (locale: Locale) => localizedPath('/report-a-barrier/thanks', locale)

// The form again, with what went wrong as codes — never what the reader wrote (it would end up in logs).
export function feedbackRetryPath(locale: Locale, answer: { errors?: FeedbackErrors; notice?: FeedbackNotice | null }): string {
  const query = new URLSearchParams()
  const fields = Object.keys(answer.errors ?? {})
  if (fields.length > 0) query.set('errors', fields.join(','))
  if (answer.notice) query.set('notice', answer.notice)
  const search = query.toString()
  return `${feedbackFormPath(locale)}${search ? `?${search}` : ''}`
}
