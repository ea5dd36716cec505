import type { Locale } from '../i18n/locales'
import { confirmPagePath, unsubscribeEndpoint, unsubscribePagePath } from './links'
import { unsubscribeToken } from './tokens'

// The absolute links a mail carries, with their tokens (server only: tokens need the secret).
const origin = (siteUrl: string) => siteUrl.replace(/\/$/, '')

export const confirmUrl = (siteUrl: string, locale: Locale, token: string) => `${origin(siteUrl)}${confirmPagePath(locale, token)}`

export const unsubscribeUrl = (siteUrl: string, locale: Locale, secret: string, subscriberId: number) =>
  `${origin(siteUrl)}${unsubscribePagePath(locale, subscriberId, unsubscribeToken(secret, subscriberId))}`

export const oneClickUnsubscribeUrl = (siteUrl: string, secret: string, subscriberId: number) =>
  `${origin(siteUrl)}${unsubscribeEndpoint(subscriberId, unsubscribeToken(secret, subscriberId))}`
