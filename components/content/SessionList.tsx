import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { SessionSummary } from '@/lib/content/queries/sessions'
import type { WithUntranslated } from '@/lib/content/queries/untranslated'
import { formatSessionTime } from '@/lib/formatSessionTime'
import { fallbackLang } from '@/lib/content/untranslatedPaths'

interface Props {
  locale: Locale
  sessions: WithUntranslated<SessionSummary>[]
  // Each session's title is a heading one level below the list's own heading.
  headingLevel?: 3 | 4
}

export async function SessionList({ locale, sessions, headingLevel = 3 }: Props) {
  const t = await getTranslations({ locale, namespace: 'Sessions' })
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="card-list">
      {sessions.map((session) =>
        session.slug ? (
          <li key={session.id} className="card">
            <Heading>
              <Link href={{ pathname: '/sessions/[slug]', params: { slug: session.slug } }} lang={fallbackLang(session.untranslated, 'title')}>
                {session.title}
              </Link>
            </Heading>
            <p className="meta">
              <time dateTime={session.startsAt}>
                {formatSessionTime(locale, session.startsAt_tz, session.startsAt, session.endsAt)}
              </time>
              {' · '}
              {t(`kinds.${session.kind}`)}
              {' · '}
              {t(`formats.${session.format}`)}
              {session.place?.city ? ` · ${session.place.city}` : ''}
            </p>
            {session.summary ? <p lang={fallbackLang(session.untranslated, 'summary')}>{session.summary}</p> : null}
          </li>
        ) : null,
      )}
    </ul>
  )
}
