import { defaultLocale } from '@/i18n/locales'

// `lang` for a field the reader sees in German because it is not translated yet.
export function fallbackLang(untranslated: readonly string[], path: string): typeof defaultLocale | undefined {
  return untranslated.some((missing) => missing === path || missing.startsWith(`${path}.`)) ? defaultLocale : undefined
}
