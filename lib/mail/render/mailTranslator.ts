import { createTranslator } from 'next-intl'
import type { Payload } from 'payload'
import type { Locale } from '../../../i18n/locales'
import { messagesFor, type AppMessages } from '../../../i18n/messages'
import { findEditedStrings } from '../../content/queries/interfaceStrings'

// A mail's texts are the site's interface strings, by the same keys and from the same source as
// the pages (i18n/messages.ts), read fresh at send time: a mail is not cached like a page.
export async function mailTranslator(payload: Payload, locale: Locale) {
  const messages: AppMessages = await messagesFor(
    locale,
    () => findEditedStrings(payload, locale),
    (message) => payload.logger.warn(message),
  )
  return createTranslator({ locale, messages })
}

export type MailTranslator = Awaited<ReturnType<typeof mailTranslator>>
