import { getTranslations } from 'next-intl/server'
import { DocumentLinkList } from '@/components/content/DocumentLinkList'
import { RichText } from '@/components/content/RichText'
import { TranslationNotice } from '@/components/content/TranslationNotice'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { countryName } from '@/lib/countryName'
import type { SessionPage } from '@/lib/content/queries/sessions'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { formatSessionTime } from '@/lib/formatSessionTime'
import { unmarked, type MarkSection } from './markSection'

interface Props {
  locale: Locale
  found: SessionPage
  mark?: MarkSection
}

// The session page's content, for readers (app/(frontend)/[locale]/sessions/[slug]) and the
// admin's live preview alike.
export async function SessionArticle({ locale, found, mark = unmarked }: Props) {
  const { session, dialogue, topics, stakeholders, untranslated } = found
  const t = await getTranslations({ locale, namespace: 'Sessions' })
  const lang = (path: string) => fallbackLang(untranslated, path)
  const place = [session.place?.venue, session.place?.city, countryName(locale, session.place?.country)].filter(Boolean)

  return (
    <article>
      {mark(['kind'], <p className="meta">{t(`kinds.${session.kind}`)}</p>)}
      {mark(['title'], <h1 lang={lang('title')}>{session.title}</h1>)}
      <TranslationNotice locale={locale} untranslated={untranslated} />
      {mark(
        ['startsAt', 'startsAt_tz', 'endsAt', 'place', 'format', 'dialogue'],
        <dl className="facts">
          <dt>{t('when')}</dt>
          <dd>
            <time dateTime={session.startsAt}>{formatSessionTime(locale, session.startsAt_tz, session.startsAt, session.endsAt)}</time>
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
        </dl>,
      )}
      {session.summary
        ? mark(
            ['summary'],
            <p className="lead" lang={lang('summary')}>
              {session.summary}
            </p>,
          )
        : null}
      {session.outcomes
        ? mark(
            ['outcomes'],
            <section aria-labelledby="outcomes">
              <h2 id="outcomes">{t('outcomes')}</h2>
              <RichText data={session.outcomes} lang={lang('outcomes')} />
            </section>,
          )
        : null}
      {topics.length
        ? mark(
            ['topics'],
            <section aria-labelledby="topics">
              <h2 id="topics">{t('topics')}</h2>
              <DocumentLinkList
                pathname="/topics/[slug]"
                items={topics.map((topic) => ({ ...topic, name: topic.title, lang: fallbackLang(topic.untranslated, 'title') }))}
              />
            </section>,
          )
        : null}
      {stakeholders.length
        ? mark(
            ['stakeholders'],
            <section aria-labelledby="stakeholders">
              <h2 id="stakeholders">{t('stakeholders')}</h2>
              <DocumentLinkList
                pathname="/stakeholders/[slug]"
                items={stakeholders.map((stakeholder) => ({ ...stakeholder, lang: fallbackLang(stakeholder.untranslated, 'name') }))}
              />
            </section>,
          )
        : null}
    </article>
  )
}
