import { getTranslations } from 'next-intl/server'
import { DocumentLinkList } from '@/components/content/DocumentLinkList'
import { TranslationNotice } from '@/components/content/TranslationNotice'
import type { Locale } from '@/i18n/locales'
import type { StakeholderPage } from '@/lib/content/queries/stakeholders'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { countryName } from '@/lib/countryName'
import { unmarked, type MarkSection } from './markSection'

interface Props {
  locale: Locale
  found: StakeholderPage
  mark?: MarkSection
}

// An institution's page content, for readers (app/(frontend)/[locale]/stakeholders/[slug]) and
// the admin's live preview alike.
export async function StakeholderArticle({ locale, found, mark = unmarked }: Props) {
  const { stakeholder, dialogues, untranslated } = found
  const t = await getTranslations({ locale, namespace: 'Stakeholder' })
  return (
    <article>
      <p className="meta">{t('kind')}</p>
      {mark(
        ['name', 'acronym'],
        <h1 lang={fallbackLang(untranslated, 'name')}>
          {stakeholder.name}
          {stakeholder.acronym ? ` (${stakeholder.acronym})` : ''}
        </h1>,
      )}
      <TranslationNotice locale={locale} untranslated={untranslated} />
      {stakeholder.description
        ? mark(
            ['description'],
            <p className="lead" lang={fallbackLang(untranslated, 'description')}>
              {stakeholder.description}
            </p>,
          )
        : null}
      {mark(
        ['sector', 'country', 'website'],
        <dl className="facts">
          <dt>{t('sector')}</dt>
          <dd>{t(`sectors.${stakeholder.sector}`)}</dd>
          <dt>{t('country')}</dt>
          <dd>{countryName(locale, stakeholder.country)}</dd>
          {stakeholder.website ? (
            <>
              <dt>{t('website')}</dt>
              <dd>
                <a href={stakeholder.website} rel="noopener">
                  {stakeholder.website.replace(/^https:\/\//, '')}
                </a>
              </dd>
            </>
          ) : null}
        </dl>,
      )}
      {dialogues.length ? (
        <section aria-labelledby="dialogues">
          <h2 id="dialogues">{t('dialogues')}</h2>
          <DocumentLinkList
            pathname="/dialogues/[slug]"
            items={dialogues.map((dialogue) => ({ id: dialogue.id, slug: dialogue.slug, name: dialogue.title, lang: fallbackLang(dialogue.untranslated, 'title') }))}
          />
        </section>
      ) : null}
    </article>
  )
}
