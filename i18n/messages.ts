import de from '../messages/de.json' with { type: 'json' }
import en from '../messages/en.json' with { type: 'json' }
import es from '../messages/es.json' with { type: 'json' }
import type { Locale } from './locales'
import { messagesWithEdits } from './strings/overlayMessages'

export type AppMessages = typeof de

const files: Record<Locale, AppMessages> = { de, es, en }

// The interface strings of one locale as every reader sees them — pages (i18n/request.ts)
// and mails alike: the locale's JSON file with the translators' saved edits laid over it.
// Callers differ only in how they read the edits (cached in a request, fresh in a mail).
export const messagesFor = (locale: Locale, readEdits: () => Promise<Record<string, string>>, onUnavailable = console.error) =>
  messagesWithEdits(files[locale], readEdits, onUnavailable)
