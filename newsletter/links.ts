import type { Locale } from '../i18n/locales'
import { routing } from '../i18n/routing'
import type { FieldErrors } from './schema'

// Every address the newsletter hands out, built in one place (the absolute links with tokens
// that go into mails: ./mailLinks.ts). This file is imported by the sign-up form's client code,
// so it must not import anything that needs Node (node:crypto would pull a polyfill into the page). What changes state is a POST to a
// public endpoint under /api/newsletter (Payload endpoints, see newsletter/endpoints/public.ts);
// what a reader opens is a page under /<locale>/newsletter/….
export const endpointPaths = {
  signUp: '/api/newsletter/sign-up',
  confirm: '/api/newsletter/confirm',
  unsubscribe: '/api/newsletter/unsubscribe',
  preferences: '/api/newsletter/preferences',
  // The mail relay reports bounces and complaints here (newsletter/endpoints/relay.ts).
  relayEvents: '/api/newsletter/relay-events',
} as const

export type ResultPage = 'check-mail' | 'confirmed' | 'unsubscribed' | 'error'
export type FormNotice = 'rateLimited' | 'unavailable'

export const resultPagePath = (locale: Locale, page?: ResultPage, reason?: string) =>
  `/${locale}/newsletter${page ? `/${page}` : ''}${reason ? `?reason=${encodeURIComponent(reason)}` : ''}`

// The form again, with what went wrong as codes (never the address: it would end up in logs).
export function formPath(locale: Locale, answer: { errors?: FieldErrors; notice?: FormNotice | null }): string {
  const query = new URLSearchParams()
  const fields = Object.keys(answer.errors ?? {})
  if (fields.length > 0) query.set('errors', fields.join(','))
  if (answer.notice) query.set('notice', answer.notice)
  const search = query.toString()
  return `${resultPagePath(locale)}${search ? `?${search}` : ''}`
}

// The links in the mails open a page with a button; following a link changes nothing, so a
// mail scanner that opens every link confirms or unsubscribes nobody.
export const confirmPagePath = (locale: Locale, token: string) => `/${locale}/newsletter/confirm?token=${encodeURIComponent(token)}`

export const unsubscribePagePath = (locale: Locale, subscriberId: number, token: string) =>
  `/${locale}/newsletter/unsubscribe?id=${subscriberId}&token=${encodeURIComponent(token)}`

// RFC 8058: the List-Unsubscribe header names the endpoint itself, which mail clients POST
// "List-Unsubscribe=One-Click" to; the page's button posts to the same address.
export const unsubscribeEndpoint = (subscriberId: number, token: string) =>
  `${endpointPaths.unsubscribe}?id=${subscriberId}&token=${encodeURIComponent(token)}`

// The reader's preference page (localized address, i18n/routing.ts), from the link in every mail;
// `notice` says what the last POST did.
export type PreferencesNotice = 'saved' | 'invalid'

export function preferencesPagePath(locale: Locale, subscriberId: number, token: string, notice?: PreferencesNotice): string {
  const query = new URLSearchParams({ id: String(subscriberId), token })
  if (notice) query.set('notice', notice)
  return `/${locale}${routing.pathnames['/newsletter/preferences'][locale]}?${query.toString()}`
}
