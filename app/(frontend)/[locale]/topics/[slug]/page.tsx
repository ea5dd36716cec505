import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { TranslationNotice } from '@/components/content/TranslationNotice'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { PageShell } from '@/components/PageShell'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { getSlugs, getTopic } from '@/lib/content/reader'
import { formatSessionDate } from '@/lib/formatSessionTime'
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
  const { topic, areas, sessions, untranslated } = found
  const t = await getTranslations({ locale, namespace: 'Topic' })
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
      <article>
        <p className="meta">{t('kind')}</p>
        <h1 lang={fallbackLang(untranslated, 'title')}>{topic.title}</h1>
        <TranslationNotice locale={locale} untranslated={untranslated} />
        {topic.description ? <p className="lead" lang={fallbackLang(untranslated, 'description')}>{topic.description}</p> : null}
        {areas.length ? (
          <section aria-labelledby="areas">
            <h2 id="areas">{t('areas')}</h2>
            <ul>
              {areas.map((area) => (
                <li key={area.id} lang={fallbackLang(area.untranslated, 'title')}>
                  {area.title}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="sessions">
          <h2 id="sessions">{t('sessions')}</h2>
          {sessions.length ? (
            <ul>
              {sessions.map((session) =>
                session.slug ? (
                  <li key={session.id}>
                    <Link href={{ pathname: '/sessions/[slug]', params: { slug: session.slug } }} lang={fallbackLang(session.untranslated, 'title')}>
                      {session.title}
                    </Link>{' '}
                    (<time dateTime={session.startsAt}>{formatSessionDate(locale, session.startsAt_tz, session.startsAt)}</time>)
                  </li>
                ) : null,
              )}
            </ul>
          ) : (
            <p>{t('noSessions')}</p>
          )}
        </section>
      </article>
    </PageShell>
  )
}

export const generateMetadata = metadataDuringOutage(pageMetadata)
