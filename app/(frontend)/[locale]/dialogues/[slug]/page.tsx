import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { DialogueWorkplan } from '@/components/content/DialogueWorkplan'
import { HeroImage } from '@/components/content/HeroImage'
import { MilestoneTimeline } from '@/components/content/MilestoneTimeline'
import { RichText } from '@/components/content/RichText'
import { TranslationNotice } from '@/components/content/TranslationNotice'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { SignUpForm } from '@/components/newsletter/SignUpForm'
import { PageShell } from '@/components/PageShell'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { getDialogue, getSlugs } from '@/lib/content/reader'
import { pathsFor } from '@/lib/seo/localizedUrls'
import { documentPageMetadata } from '@/lib/seo/documentPageMetadata'
import { metadataDuringOutage } from '@/lib/outage/metadataDuringOutage'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export function generateStaticParams() {
  return []
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await readerParams(params)
  const found = await getDialogue(locale, slug)
  if (!found) return {}
  const { dialogue, untranslated } = found
  return documentPageMetadata({
    locale,
    collection: 'dialogues',
    id: dialogue.id,
    pathname: '/dialogues/[slug]',
    type: 'article',
    meta: dialogue.meta,
    title: dialogue.title,
    titlePath: 'title',
    description: dialogue.summary,
    descriptionPath: 'summary',
    untranslated,
      image: dialogue.heroImage,
  })
}

export default async function DialoguePage({ params }: Props) {
  const { locale, slug } = await readerParams(params)
  setRequestLocale(locale)
  const found = await getDialogue(locale, slug)
  if (!found) notFound()
  const { dialogue, partners, hero, areas, untranslated } = found
  const t = await getTranslations({ locale, namespace: 'Dialogue' })
  const paths = pathsFor('/dialogues/[slug]', await getSlugs('dialogues', dialogue.id))
  const lang = (path: string) => fallbackLang(untranslated, path)

  return (
    <PageShell locale={locale} paths={paths} crumbs={[{ label: dialogue.title, lang: lang('title') }]}>
      <article className="dialogue">
        <h1 lang={lang('title')}>{dialogue.title}</h1>
        <TranslationNotice locale={locale} untranslated={untranslated} />
        {dialogue.summary ? (
          <p className="lead" lang={lang('summary')}>
            {dialogue.summary}
          </p>
        ) : null}
        {hero ? <HeroImage image={hero} untranslated={hero.untranslated} /> : null}

        <section aria-labelledby="partnership">
          <h2 id="partnership">{t('partnership')}</h2>
          <RichText data={dialogue.body} lang={lang('body')} />
        </section>

        {dialogue.milestones?.length ? (
          <section aria-labelledby="milestones">
            <h2 id="milestones">{t('milestones')}</h2>
            <MilestoneTimeline milestones={dialogue.milestones} untranslated={untranslated} headingId="milestones" />
          </section>
        ) : null}

        {areas.length ? (
          <section aria-labelledby="workplan">
            <h2 id="workplan">{t('workplan')}</h2>
            <DialogueWorkplan areas={areas} topicsLabel={t('topics')} />
          </section>
        ) : null}

        {partners.length ? (
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
          </section>
        ) : null}

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
    </PageShell>
  )
}

export const generateMetadata = metadataDuringOutage(pageMetadata)
