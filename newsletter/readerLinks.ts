import type { Locale } from '../i18n/locales'
import { oneClickUnsubscribeUrl, unsubscribeUrl } from './mailLinks'

// The links every mail to a newsletter reader carries (footer and List-Unsubscribe headers).
// `preferences` is where the reader changes language and interests: a page added elsewhere
// sets it here, and the shared mail layout shows it as soon as it is set.
export interface ReaderLinks {
  unsubscribe: string
  oneClickUnsubscribe: string
  preferences?: string
}

export function readerLinks(siteUrl: string, secret: string, locale: Locale, subscriberId: number): ReaderLinks {
  return {
    unsubscribe: unsubscribeUrl(siteUrl, locale, secret, subscriberId),
    oneClickUnsubscribe: oneClickUnsubscribeUrl(siteUrl, secret, subscriberId),
  }
}
