import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { PageShell } from '@/components/PageShell'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { countryName } from '@/lib/countryName'
import { listStakeholders } from '@/lib/content/reader'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { metadataDuringOutage } from '@/lib/outage/metadataDuringOutage'
import { pathsFor } from '@/lib/seo/localizedUrls'
import { pageMetadata } from '@/lib/seo/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

async function stakeholdersMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await readerParams(params)
  const t = await getTranslations({ locale, namespace: 'Stakeholders' })
  const layout = await getTranslations({ locale, namespace: 'Layout' })
  return pageMetadata({ locale, title: t('title'), description: t('intro'), paths: pathsFor('/stakeholders'), siteName: layout('siteName') })
}

// Every published institution, by name, with its country and sector.
export default async function StakeholdersPage({ params }: Props) {
  const { locale } = await readerParams(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Stakeholders' })
  const one = await getTranslations({ locale, namespace: 'Stakeholder' })
  const stakeholders = await listStakeholders(locale)
  return (
    <PageShell locale={locale} paths={pathsFor('/stakeholders')} crumbs={[{ label: t('title') }]}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {stakeholders.length === 0 ? <p>{t('empty')}</p> : null}
      <ul className="card-list">
        {stakeholders.map((stakeholder) =>
          stakeholder.slug ? (
            <li key={stakeholder.id} className="card">
              <h2 className="card-title">
                <Link href={{ pathname: '/stakeholders/[slug]', params: { slug: stakeholder.slug } }} lang={fallbackLang(stakeholder.untranslated, 'name')}>
                  {stakeholder.name}
                  {stakeholder.acronym ? ` (${stakeholder.acronym})` : ''}
                </Link>
              </h2>
              <p className="meta">
                {[countryName(locale, stakeholder.country), stakeholder.sector ? one(`sectors.${stakeholder.sector}`) : null].filter(Boolean).join(' · ')}
              </p>
            </li>
          ) : null,
        )}
      </ul>
    </PageShell>
  )
}

export const generateMetadata = metadataDuringOutage(stakeholdersMetadata)
