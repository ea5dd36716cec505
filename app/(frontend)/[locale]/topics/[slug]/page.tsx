import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { TopicArticle } from '@/components/content/articles/TopicArticle'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { PageShell } from '@/components/PageShell'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { getSlugs, getTopic } from '@/lib/content/reader'
import { pathsFor } from '@/lib/seo/localizedUrls'
import { documentPageMetadata } from '@/lib/seo/documentPageMetadata'
import { metadataDuringOutage } from '@/lib/outage/metadataDuringOutage'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export function generateStaticParams() {
  return []
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await readerParams(params)
  const found = await getTopic(locale, slug)
  if (!found) return {}
  const { topic, untranslated } = found
  return documentPageMetadata({
    locale,
    collection: 'topics',
    id: topic.id,
    pathname: '/topics/[slug]',
    meta: topic.meta,
    title: topic.title,
    titlePath: 'title',
    description: topic.description,
    descriptionPath: 'description',
    untranslated,
  })
}

export default async function TopicPage({ params }: Props) {
  const { locale, slug } = await readerParams(params)
  setRequestLocale(locale)
  const found = await getTopic(locale, slug)
  if (!found) notFound()
  const { topic, untranslated } = found
  const topicsLabel = (await getTranslations({ locale, namespace: 'Topics' }))('title')
  const paths = pathsFor('/topics/[slug]', await getSlugs('topics', topic.id))

  return (
    <PageShell
      locale={locale}
      paths={paths}
      crumbs={[
        { label: topicsLabel, href: getPathname({ locale, href: '/topics' }) },
        { label: topic.title, lang: fallbackLang(untranslated, 'title') },
      ]}
    >
      <TopicArticle locale={locale} found={found} />
    </PageShell>
  )
}

export const generateMetadata = metadataDuringOutage(pageMetadata)
