import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { JsonLd } from '@/components/content/JsonLd'
import { SessionArticle } from '@/components/content/articles/SessionArticle'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { PageShell } from '@/components/PageShell'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { getSession, getSlugs } from '@/lib/content/reader'
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
  const { session, dialogue, untranslated } = found
  const t = await getTranslations({ locale, namespace: 'Sessions' })
  const paths = pathsFor('/sessions/[slug]', await getSlugs('sessions', session.id))

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
        { label: session.title, lang: fallbackLang(untranslated, 'title') },
      ]}
    >
      <SessionArticle locale={locale} found={found} />
      <JsonLd data={sessionEvent(session, paths[locale] ? absoluteUrl(paths[locale]) : undefined)} />
    </PageShell>
  )
}

export const generateMetadata = metadataDuringOutage(pageMetadata)
