import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'
import { getEditedStrings } from '../lib/content/reader'
import { routing } from './routing'
import { messagesWithEdits } from './strings/overlayMessages'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const messages = (await import(`../messages/${locale}.json`)).default
  return { locale, messages: await messagesWithEdits(messages, () => getEditedStrings(locale), console.error) }
})
