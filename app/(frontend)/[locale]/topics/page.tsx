import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { PageShell } from '@/components/PageShell'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { listTopics } from '@/lib/content/reader'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { metadataDuringOutage } from '@/lib/outage/metadataDuringOutage'
import { pathsFor } from '@/lib/seo/localizedUrls'
import { pageMetadata } from '@/lib/seo/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

async function topicsMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await readerParams(params)
  const t = await getTranslations({ locale, namespace: 'Topics' })
  const layout = await getTranslations({ locale, namespace: 'Layout' })
  return pageMetadata({ locale, title: t('title'), description: t('intro'), paths: pathsFor('/topics'), siteName: layout('siteName') })
}

// Every published topic, by title.
export default async function TopicsPage({ params }: Props) {
  const { locale } = await readerParams(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Topics' })
  const topics = await listTopics(locale)
  return (
    <PageShell locale={locale} paths={pathsFor('/topics')} crumbs={[{ label: t('title') }]}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {topics.length === 0 ? <p>{t('empty')}</p> : null}
      <ul className="card-list">
        {topics.map((topic) =>
          topic.slug ? (
            <li key={topic.id} className="card">
              <h2 className="card-title">
                <Link href={{ pathname: '/topics/[slug]', params: { slug: topic.slug } }} lang={fallbackLang(topic.untranslated, 'title')}>
                  {topic.title}
                </Link>
              </h2>
              {topic.description ? <p lang={fallbackLang(topic.untranslated, 'description')}>{topic.description}</p> : null}
            </li>
          ) : null,
        )}
      </ul>
    </PageShell>
  )
}

export const generateMetadata = metadataDuringOutage(topicsMetadata)
