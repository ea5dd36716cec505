import { createTranslator } from 'next-intl'
import type { Payload } from 'payload'
import type { Locale } from '../i18n/locales'
import { messagesWithEdits } from '../i18n/strings/overlayMessages'
import { findEditedStrings } from '../lib/content/queries/interfaceStrings'
import de from '../messages/de.json' with { type: 'json' }
import en from '../messages/en.json' with { type: 'json' }
import es from '../messages/es.json' with { type: 'json' }

const files = { de, es, en }

// Outside React (mails, API answers) the same messages as the pages, by the same keys, with
// the translators' edits from the admin.
export const translateNewsletter = async <N extends 'Newsletter.mail' | 'Newsletter.errors'>(payload: Payload, locale: Locale, namespace: N) =>
  createTranslator({
    locale,
    messages: await messagesWithEdits(files[locale] as typeof de, () => findEditedStrings(payload, locale), (m) => payload.logger.warn(m)),
    namespace,
  })
