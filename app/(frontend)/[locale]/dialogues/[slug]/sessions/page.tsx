import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { SessionList } from '@/components/content/SessionList'
import { PageShell } from '@/components/PageShell'
import { getPathname } from '@/i18n/navigation'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { getDialogue, getSlugs, listSessions } from '@/lib/content/reader'
import { byYear, isPastSession } from '@/lib/formatSessionTime'
import { pathsFor } from '@/lib/seo/localizedUrls'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { metadataDuringOutage } from '@/lib/outage/metadataDuringOutage'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// "Upcoming" turns into "past" with time alone, without any edit: re-render hourly.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

async function sessionsPageMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await readerParams(params)
  const found = await getDialogue(locale, slug)
  if (!found) return {}
  const t = await getTranslations({ locale, namespace: 'Sessions' })
  const layout = await getTranslations({ locale, namespace: 'Layout' })
  return pageMetadata({
    locale,
    title: t('title', { dialogue: found.dialogue.title }),
    description: found.dialogue.summary,
    paths: pathsFor('/dialogues/[slug]/sessions', await getSlugs('dialogues', found.dialogue.id)),
    siteName: layout('siteName'),
  })
}

export default async function SessionsPage({ params }: Props) {
  const { locale, slug } = await readerParams(params)
  setRequestLocale(locale)
  const found = await getDialogue(locale, slug)
  if (!found) notFound()
  const t = await getTranslations({ locale, namespace: 'Sessions' })
  const sessions = await listSessions(locale, found.dialogue.id)
  const now = new Date()
  const upcoming = sessions.filter((session) => !isPastSession(session, now))
  const past = sessions.filter((session) => isPastSession(session, now)).reverse()
  const paths = pathsFor('/dialogues/[slug]/sessions', await getSlugs('dialogues', found.dialogue.id))

  const dialoguePath = getPathname({ locale, href: { pathname: '/dialogues/[slug]', params: { slug } } })
  const dialogueLang = fallbackLang(found.untranslated, 'title')

  return (
    <PageShell
      locale={locale}
      paths={paths}
      crumbs={[{ label: found.dialogue.title, href: dialoguePath, lang: dialogueLang }, { label: t('crumb') }]}
    >
      <h1>{t('title', { dialogue: found.dialogue.title })}</h1>
      <p className="lead">{t('intro')}</p>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t('upcoming')}</h2>
        {upcoming.length ? <SessionList locale={locale} sessions={upcoming} /> : <p>{t('noUpcoming')}</p>}
      </section>
      <section aria-labelledby="past">
        <h2 id="past">{t('past')}</h2>
        {past.length ? null : <p>{t('noPast')}</p>}
        {byYear(locale, past).map(({ year, sessions: ofYear }) => (
          <section key={year} aria-labelledby={`past-${year}`}>
            <h3 id={`past-${year}`}>{year}</h3>
            <SessionList locale={locale} sessions={ofYear} headingLevel={4} />
          </section>
        ))}
      </section>
    </PageShell>
  )
}

export const generateMetadata = metadataDuringOutage(sessionsPageMetadata)
