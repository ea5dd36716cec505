import { getRequestConfig } from 'next-intl/server'
import { getEditedStrings } from '../lib/content/reader'
import { messagesFor } from './messages'
import { defaultLocale, isLocale } from './locales'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = isLocale(requested) ? requested : defaultLocale
  return { locale, messages: await messagesFor(locale, () => getEditedStrings(locale)) }
})
