import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { DocumentLinkList } from '@/components/content/DocumentLinkList'
import { JsonLd } from '@/components/content/JsonLd'
import { RichText } from '@/components/content/RichText'
import { TranslationNotice } from '@/components/content/TranslationNotice'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { PageShell } from '@/components/PageShell'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { countryName } from '@/lib/countryName'
import { getSession, getSlugs } from '@/lib/content/reader'
import { formatSessionTime } from '@/lib/formatSessionTime'
import { sessionEvent } from '@/lib/seo/structuredData'
import { pathsFor } from '@/lib/seo/localizedUrls'
import { documentPageMetadata } from '@/lib/seo/documentPageMetadata'
import { absoluteUrl } from '@/lib/seo/siteUrl'
import { metadataDuringOutage } from '@/lib/outage/metadataDuringOutage'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export function generateStaticParams() {
  return []
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await readerParams(params)
  const found = await getSession(locale, slug)
  if (!found) return {}
  const { session, untranslated } = found
  return documentPageMetadata({
    locale,
    collection: 'sessions',
    id: session.id,
    pathname: '/sessions/[slug]',
    type: 'article',
    meta: session.meta,
    title: session.title,
    titlePath: 'title',
    description: session.summary,
    descriptionPath: 'summary',
    untranslated,
  })
}

export default async function SessionPage({ params }: Props) {
  const { locale, slug } = await readerParams(params)
  setRequestLocale(locale)
  const found = await getSession(locale, slug)
  if (!found) notFound()
  const { session, dialogue, topics, stakeholders, untranslated } = found
  const t = await getTranslations({ locale, namespace: 'Sessions' })
  const paths = pathsFor('/sessions/[slug]', await getSlugs('sessions', session.id))
  const lang = (path: string) => fallbackLang(untranslated, path)
  const place = [session.place?.venue, session.place?.city, countryName(locale, session.place?.country)].filter(Boolean)

  return (
    <PageShell
      locale={locale}
      paths={paths}
      crumbs={[
        ...(dialogue?.slug
          ? [
              { label: dialogue.title, href: getPathname({ locale, href: { pathname: '/dialogues/[slug]', params: { slug: dialogue.slug } } }), lang: fallbackLang(dialogue.untranslated, 'title') },
              { label: t('crumb'), href: getPathname({ locale, href: { pathname: '/dialogues/[slug]/sessions', params: { slug: dialogue.slug } } }) },
            ]
          : []),
        { label: session.title, lang: lang('title') },
      ]}
    >
      <article>
        <p className="meta">{t(`kinds.${session.kind}`)}</p>
        <h1 lang={lang('title')}>{session.title}</h1>
        <TranslationNotice locale={locale} untranslated={untranslated} />
        <dl className="facts">
          <dt>{t('when')}</dt>
          <dd>
            <time dateTime={session.startsAt}>
              {formatSessionTime(locale, session.startsAt_tz, session.startsAt, session.endsAt)}
            </time>
          </dd>
          {place.length ? (
            <>
              <dt>{t('where')}</dt>
              <dd lang={lang('place')}>{place.join(', ')}</dd>
            </>
          ) : null}
          <dt>{t('format')}</dt>
          <dd>{t(`formats.${session.format}`)}</dd>
          {dialogue?.slug ? (
            <>
              <dt>{t('dialogue')}</dt>
              <dd>
                <Link href={{ pathname: '/dialogues/[slug]', params: { slug: dialogue.slug } }} lang={fallbackLang(dialogue.untranslated, 'title')}>
                  {dialogue.title}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
        {session.summary ? <p className="lead" lang={lang('summary')}>{session.summary}</p> : null}
        {session.outcomes ? (
          <section aria-labelledby="outcomes">
            <h2 id="outcomes">{t('outcomes')}</h2>
            <RichText data={session.outcomes} lang={lang('outcomes')} />
          </section>
        ) : null}
        {topics.length ? (
          <section aria-labelledby="topics">
            <h2 id="topics">{t('topics')}</h2>
            <DocumentLinkList
              pathname="/topics/[slug]"
              items={topics.map((topic) => ({ ...topic, name: topic.title, lang: fallbackLang(topic.untranslated, 'title') }))}
            />
          </section>
        ) : null}
        {stakeholders.length ? (
          <section aria-labelledby="stakeholders">
            <h2 id="stakeholders">{t('stakeholders')}</h2>
            <DocumentLinkList
              pathname="/stakeholders/[slug]"
              items={stakeholders.map((stakeholder) => ({ ...stakeholder, lang: fallbackLang(stakeholder.untranslated, 'name') }))}
            />
          </section>
        ) : null}
      </article>
      <JsonLd data={sessionEvent(session, paths[locale] ? absoluteUrl(paths[locale]) : undefined)} />
    </PageShell>
  )
}

export const generateMetadata = metadataDuringOutage(pageMetadata)
