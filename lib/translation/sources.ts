import type { Locale } from '@/i18n/locales'

// Per locale, per field (stable key, lib/translation/leaves), the German text a translation
// was last saved against (fields/translationWorkflow: `translationSources`).
export type TranslationSources = Partial<Record<Locale, Record<string, unknown>>>

export function sourcesOf(value: unknown): TranslationSources {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
  return structuredClone(value) as TranslationSources
}

// A translation is outdated where the German text it was saved against is no longer the
// German text. Without a record (never saved since the workflow began) it is not.
export function isOutdated(sources: TranslationSources, locale: Locale, key: string, german: unknown): boolean {
  const own = sources[locale]
  return own !== undefined && key in own && JSON.stringify(own[key] ?? null) !== JSON.stringify(german ?? null)
}
