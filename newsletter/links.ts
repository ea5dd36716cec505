import type { Locale } from '../i18n/locales'
import { unsubscribeToken } from './tokens'

// Every URL the newsletter hands out, built in one place. Public endpoints live under
// /api/newsletter (Payload endpoints, see newsletter/endpoints/public.ts); result pages under
// /<locale>/newsletter/….
export const endpointPaths = {
  signUp: '/api/newsletter/sign-up',
  confirm: '/api/newsletter/confirm',
  unsubscribe: '/api/newsletter/unsubscribe',
} as const

export type ResultPage = 'check-mail' | 'confirmed' | 'unsubscribed' | 'error'

export const resultPagePath = (locale: Locale, page?: ResultPage, reason?: string) =>
  `/${locale}/newsletter${page ? `/${page}` : ''}${reason ? `?reason=${encodeURIComponent(reason)}` : ''}`

export const confirmUrl = (siteUrl: string, token: string) =>
  `${siteUrl.replace(/\/$/, '')}${endpointPaths.confirm}?token=${encodeURIComponent(token)}`

export const unsubscribeUrl = (siteUrl: string, secret: string, subscriberId: number) =>
  `${siteUrl.replace(/\/$/, '')}${endpointPaths.unsubscribe}?id=${subscriberId}&token=${unsubscribeToken(secret, subscriberId)}`
