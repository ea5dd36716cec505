import { getLocale, getTranslations } from 'next-intl/server'
import { PageShell } from '@/components/PageShell'
import { isLocale } from '@/i18n/locales'
import { pathsFor } from '@/lib/seo/localizedUrls'

// Shown for an unknown slug in any locale; Next answers it with status 404.
export default async function NotFound() {
  const requested = await getLocale()
  const locale = isLocale(requested) ? requested : 'de'
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
