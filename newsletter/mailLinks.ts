import type { Locale } from '../i18n/locales'
import { confirmPagePath, preferencesPagePath, unsubscribeEndpoint, unsubscribePagePath } from './links'
import { preferencesToken, unsubscribeToken } from './tokens'

// The absolute links a mail carries, with their tokens (server only: tokens need the secret).
const origin = (siteUrl: string) => siteUrl.replace(/\/$/, '')

export const confirmUrl = (siteUrl: string, locale: Locale, token: string) => `${origin(siteUrl)}${confirmPagePath(locale, token)}`

export const unsubscribeUrl = (siteUrl: string, locale: Locale, secret: string, subscriberId: number) =>
  `${origin(siteUrl)}${unsubscribePagePath(locale, subscriberId, unsubscribeToken(secret, subscriberId))}`

export const oneClickUnsubscribeUrl = (siteUrl: string, secret: string, subscriberId: number) =>
  `${origin(siteUrl)}${unsubscribeEndpoint(subscriberId, unsubscribeToken(secret, subscriberId))}`

// The reader's preference page (language, interests, unsubscribe); every mail links to it.
export const preferencesUrl = (siteUrl: string, locale: Locale, secret: string, subscriberId: number) =>
  `${origin(siteUrl)}${preferencesPagePath(locale, subscriberId, preferencesToken(secret, subscriberId))}`
