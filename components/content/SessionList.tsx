import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { SessionSummary } from '@/lib/content/queries/sessions'
import { formatSessionTime } from '@/lib/formatSessionTime'

export async function SessionList({ locale, sessions }: { locale: Locale; sessions: SessionSummary[] }) {
  const t = await getTranslations({ locale, namespace: 'Sessions' })
  return (
    <ul className="card-list">
      {sessions.map((session) =>
        session.slug ? (
          <li key={session.id} className="card">
            <h3>
              <Link href={{ pathname: '/sessions/[slug]', params: { slug: session.slug } }}>{session.title}</Link>
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
            {session.summary ? <p>{session.summary}</p> : null}
          </li>
        ) : null,
      )}
    </ul>
  )
}
