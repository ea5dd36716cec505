import { getTranslations } from 'next-intl/server'
import { TranslationNotice } from '@/components/content/TranslationNotice'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { TopicPage } from '@/lib/content/queries/topics'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { formatSessionDate } from '@/lib/formatSessionTime'
import { unmarked, type MarkSection } from './markSection'

interface Props {
  locale: Locale
  found: TopicPage
  mark?: MarkSection
}

// A topic page's content, for readers (app/(frontend)/[locale]/topics/[slug]) and the admin's
// live preview alike.
export async function TopicArticle({ locale, found, mark = unmarked }: Props) {
  const { topic, areas, sessions, untranslated } = found
  const t = await getTranslations({ locale, namespace: 'Topic' })
  return (
    <article>
      <p className="meta">{t('kind')}</p>
      {mark(['title'], <h1 lang={fallbackLang(untranslated, 'title')}>{topic.title}</h1>)}
      <TranslationNotice locale={locale} untranslated={untranslated} />
      {topic.description ? mark(['description'], <p className="lead" lang={fallbackLang(untranslated, 'description')}>{topic.description}</p>) : null}
      {areas.length
        ? mark(
            ['areas'],
            <section aria-labelledby="areas">
              <h2 id="areas">{t('areas')}</h2>
              <ul>
                {areas.map((area) => (
                  <li key={area.id} lang={fallbackLang(area.untranslated, 'title')}>
                    {area.title}
                  </li>
                ))}
              </ul>
            </section>,
          )
        : null}
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
  )
}
