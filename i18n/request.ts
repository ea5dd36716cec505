import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'
import german from '../messages/de.json'
import { getEditedStrings } from '../lib/content/reader'
import type { Locale } from './locales'
import { routing } from './routing'
import { overlayMessages } from './strings/overlayMessages'

// Without a database (a build, an outage) the site still speaks: the JSON files alone.
async function editedStrings(locale: Locale) {
  try {
    return await getEditedStrings(locale)
  } catch (error) {
    console.error(`interface strings from the admin unavailable (${locale}): ${(error as Error).message}`)
    return {}
  }
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const messages = (await import(`../messages/${locale}.json`)).default
  return { locale, messages: overlayMessages(messages, german, await editedStrings(locale)) }
})
