import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { visibleUntranslated } from '@/lib/content/untranslatedPaths'

// German is never a silent fallback: the reader is told, in their language.
export async function TranslationNotice({ locale, untranslated }: { locale: Locale; untranslated: readonly string[] }) {
  if (visibleUntranslated(untranslated).length === 0) return null
  const t = await getTranslations({ locale, namespace: 'Translation' })
  return (
    <p className="translation-notice" role="note">
      {t('missing')}
    </p>
  )
}
