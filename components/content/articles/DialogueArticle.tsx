import { getTranslations } from 'next-intl/server'
import { DialogueWorkplan } from '@/components/content/DialogueWorkplan'
import { HeroImage } from '@/components/content/HeroImage'
import { MilestoneTimeline } from '@/components/content/MilestoneTimeline'
import { RichText } from '@/components/content/RichText'
import { TranslationNotice } from '@/components/content/TranslationNotice'
import { SignUpForm } from '@/components/newsletter/SignUpForm'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { DialoguePage } from '@/lib/content/queries/dialogues'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { unmarked, type MarkSection } from './markSection'

interface Props {
  locale: Locale
  slug: string
  found: DialoguePage
  mark?: MarkSection
}

// The dialogue page's content, for readers (app/(frontend)/[locale]/dialogues/[slug]) and the
// admin's live preview alike.
export async function DialogueArticle({ locale, slug, found, mark = unmarked }: Props) {
  const { dialogue, partners, hero, areas, untranslated } = found
  const t = await getTranslations({ locale, namespace: 'Dialogue' })
  const lang = (path: string) => fallbackLang(untranslated, path)

  return (
    <article className="dialogue">
      {mark(['title'], <h1 lang={lang('title')}>{dialogue.title}</h1>)}
      <TranslationNotice locale={locale} untranslated={untranslated} />
      {dialogue.summary
        ? mark(
            ['summary'],
            <p className="lead" lang={lang('summary')}>
              {dialogue.summary}
            </p>,
          )
        : null}
      {hero ? mark(['heroImage'], <HeroImage image={hero} untranslated={hero.untranslated} />) : null}

      {mark(
        ['body'],
        <section aria-labelledby="partnership">
          <h2 id="partnership">{t('partnership')}</h2>
          <RichText data={dialogue.body} lang={lang('body')} />
        </section>,
      )}

      {dialogue.milestones?.length
        ? mark(
            ['milestones'],
            <section aria-labelledby="milestones">
              <h2 id="milestones">{t('milestones')}</h2>
              <MilestoneTimeline milestones={dialogue.milestones} untranslated={untranslated} headingId="milestones" />
            </section>,
          )
        : null}

      {areas.length ? (
        <section aria-labelledby="workplan">
          <h2 id="workplan">{t('workplan')}</h2>
          <DialogueWorkplan areas={areas} topicsLabel={t('topics')} />
        </section>
      ) : null}

      {partners.length
        ? mark(
            ['partnerInstitutions'],
            <section aria-labelledby="partners">
              <h2 id="partners">{t('partners')}</h2>
              <ul className="partner-list">
                {partners.map((partner) =>
                  partner.slug ? (
                    <li key={partner.id}>
                      <Link href={{ pathname: '/stakeholders/[slug]', params: { slug: partner.slug } }} lang={fallbackLang(partner.untranslated, 'name')}>
                        {partner.name}
                        {partner.acronym ? ` (${partner.acronym})` : ''}
                      </Link>
                    </li>
                  ) : null,
                )}
              </ul>
            </section>,
          )
        : null}

      <section aria-labelledby="activities">
        <h2 id="activities">{t('activities')}</h2>
        <p>
          <Link href={{ pathname: '/dialogues/[slug]/sessions', params: { slug } }}>{t('allSessions')}</Link>
        </p>
      </section>

      <div id="newsletter">
        <SignUpForm locale={locale} interests={areas.map((area) => ({ id: area.id, title: area.title }))} />
      </div>
    </article>
  )
}
