import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { JsonLd } from '@/components/content/JsonLd'
import { StakeholderArticle } from '@/components/content/articles/StakeholderArticle'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { PageShell } from '@/components/PageShell'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { getSlugs, getStakeholder } from '@/lib/content/reader'
import { pathsFor } from '@/lib/seo/localizedUrls'
import { documentPageMetadata } from '@/lib/seo/documentPageMetadata'
import { absoluteUrl } from '@/lib/seo/siteUrl'
import { stakeholderOrganization } from '@/lib/seo/structuredData'
import { metadataDuringOutage } from '@/lib/outage/metadataDuringOutage'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export function generateStaticParams() {
  return []
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await readerParams(params)
  const found = await getStakeholder(locale, slug)
  if (!found) return {}
  const { stakeholder, untranslated } = found
  return documentPageMetadata({
    locale,
    collection: 'stakeholders',
    id: stakeholder.id,
    pathname: '/stakeholders/[slug]',
    meta: stakeholder.meta,
    title: stakeholder.name,
    titlePath: 'name',
    description: stakeholder.description,
    descriptionPath: 'description',
    untranslated,
  })
}

export default async function StakeholderPage({ params }: Props) {
  const { locale, slug } = await readerParams(params)
  setRequestLocale(locale)
  const found = await getStakeholder(locale, slug)
  if (!found) notFound()
  const { stakeholder, untranslated } = found
  const institutionsLabel = (await getTranslations({ locale, namespace: 'Stakeholders' }))('title')
  const paths = pathsFor('/stakeholders/[slug]', await getSlugs('stakeholders', stakeholder.id))

  return (
    <PageShell
      locale={locale}
      paths={paths}
      crumbs={[
        { label: institutionsLabel, href: getPathname({ locale, href: '/stakeholders' }) },
        { label: stakeholder.name, lang: fallbackLang(untranslated, 'name') },
      ]}
    >
      <StakeholderArticle locale={locale} found={found} />
      <JsonLd data={stakeholderOrganization(stakeholder, paths[locale] ? absoluteUrl(paths[locale]) : undefined)} />
    </PageShell>
  )
}

export const generateMetadata = metadataDuringOutage(pageMetadata)
