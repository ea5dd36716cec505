import { getTranslations } from 'next-intl/server'
import { PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { pathsFor } from '@/lib/seo/localizedUrls'

// What a reader gets for an address that leads nowhere, in their language.
export async function NotFoundPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return (
    <PageShell locale={locale} paths={pathsFor('/')} crumbs={[{ label: t('title') }]} showDuringOutage>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <a href={`/${locale}`}>{t('home')}</a>
      </p>
    </PageShell>
  )
}
