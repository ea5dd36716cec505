import { defaultLocale } from '@/i18n/locales'

// `lang` for a field the reader sees in German because it is not translated yet.
export function fallbackLang(untranslated: readonly string[], path: string): typeof defaultLocale | undefined {
  return untranslated.some((missing) => missing === path || missing.startsWith(`${path}.`)) ? defaultLocale : undefined
}

// The untranslated fields a reader sees. Meta title and description (plugins/seo) are for
// search engines; lib/seo/documentMeta drops their German fallback instead of showing it.
export const visibleUntranslated = (untranslated: readonly string[]): string[] =>
  untranslated.filter((path) => path !== 'meta' && !path.startsWith('meta.'))
