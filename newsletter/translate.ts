import { createTranslator } from 'next-intl'
import type { Locale } from '../i18n/locales'
import de from '../messages/de.json' with { type: 'json' }
import en from '../messages/en.json' with { type: 'json' }
import es from '../messages/es.json' with { type: 'json' }

const messages = { de, es, en }

// Outside React (mails, API answers) the same messages as the pages, by the same keys.
export const translateNewsletter = <N extends 'Newsletter.mail' | 'Newsletter.errors'>(locale: Locale, namespace: N) =>
  createTranslator({ locale, messages: messages[locale], namespace })
