import type { Locale } from '../i18n/locales'
import { oneClickUnsubscribeUrl, preferencesUrl, unsubscribeUrl } from './mailLinks'

// The links every mail to a newsletter reader carries (footer and List-Unsubscribe headers).
// `preferences` is where the reader changes language and interests (the preference page,
// app/(frontend)/[locale]/newsletter/preferences).
export interface ReaderLinks {
  unsubscribe: string
  oneClickUnsubscribe: string
  preferences: string
}

export function readerLinks(siteUrl: string, secret: string, locale: Locale, subscriberId: number): ReaderLinks {
  return {
    unsubscribe: unsubscribeUrl(siteUrl, locale, secret, subscriberId),
    oneClickUnsubscribe: oneClickUnsubscribeUrl(siteUrl, secret, subscriberId),
    preferences: preferencesUrl(siteUrl, locale, secret, subscriberId),
  }
}
