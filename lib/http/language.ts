import { defaultLocale, isLocale, type Locale } from '../../i18n/locales'

// The language of an error answer given before Payload or next-intl have looked at the request:
// the admin's language cookie (Payload's `payload-lng`), else the first supported language of
// Accept-Language, else German. Same order as Payload's own getRequestLanguage.
export function answerLanguage(headers: Headers): Locale {
  const cookie = /(?:^|;\s*)payload-lng=([a-z]{2})\b/.exec(headers.get('cookie') ?? '')?.[1]
  if (isLocale(cookie)) return cookie
  for (const range of (headers.get('accept-language') ?? '').split(',')) {
    const primary = range.trim().slice(0, 2).toLowerCase()
    if (isLocale(primary)) return primary
  }
  return defaultLocale
}
