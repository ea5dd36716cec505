import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import de from '@/messages/de.json' with { type: 'json' }
import en from '@/messages/en.json' with { type: 'json' }
import es from '@/messages/es.json' with { type: 'json' }

// The outage texts come from the message files alone: the translators' edits live in the
// database that is away.
const files = { de, es, en }
export const outageText = (locale: Locale, key: keyof typeof de.Outage): string => files[locale].Outage[key]

// The reader's language for an answer without a page address: the first of `named` that is a
// locale (a sign-up's locale field, Payload's ?locale=), else the browser's first language we have.
export function preferredLocale(acceptLanguage: string | null, ...named: unknown[]): Locale {
  const given = named.find(isLocale)
  if (given) return given
  const accepted = (acceptLanguage ?? '').split(',').map((part) => part.split(';')[0].trim().slice(0, 2).toLowerCase())
  return accepted.find(isLocale) ?? defaultLocale
}
