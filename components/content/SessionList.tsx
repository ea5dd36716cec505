import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { SessionSummary } from '@/lib/content/queries/sessions'
import type { WithUntranslated } from '@/lib/content/queries/untranslated'
import { formatSessionTime } from '@/lib/formatSessionTime'
import { fallbackLang } from '@/lib/content/untranslatedPaths'

export async function SessionList({ locale, sessions }: { locale: Locale; sessions: WithUntranslated<SessionSummary>[] }) {
  const t = await getTranslations({ locale, namespace: 'Sessions' })
  return (
    <ul className="card-list">
      {sessions.map((session) =>
        session.slug ? (
          <li key={session.id} className="card">
            <h3>
              <Link href={{ pathname: '/sessions/[slug]', params: { slug: session.slug } }} lang={fallbackLang(session.untranslated, 'title')}>
                {session.title}
              </Link>
            </h3>
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
