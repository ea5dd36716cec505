import { feedbackFormPath } from '@/accessibility/links'
import { AccessibilityStatement } from '@/components/accessibility/AccessibilityStatement'
import { BitvExplanations } from '@/components/accessibility/BitvExplanations'
import { RichText } from '@/components/content/RichText'
import { TranslationNotice } from '@/components/content/TranslationNotice'
import type { Locale } from '@/i18n/locales'
import type { LegalPage } from '@/lib/content/queries/pages'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { unmarked, type MarkSection } from './markSection'

interface Props {
  locale: Locale
  found: LegalPage
  mark?: MarkSection
}

// A legal or accessibility page's content, for readers (app/(frontend)/[locale]/[page]) and the
// admin's live preview alike.
export function LegalPageArticle({ locale, found, mark = unmarked }: Props) {
  const { page, untranslated } = found
  return (
    <article>
      {mark(['title'], <h1 lang={fallbackLang(untranslated, 'title')}>{page.title}</h1>)}
      <TranslationNotice locale={locale} untranslated={untranslated} />
      {mark(['body'], <RichText data={page.body} lang={fallbackLang(untranslated, 'body')} />)}
      {page.key === 'accessibility' && page.statement
        ? mark(['statement'], <AccessibilityStatement locale={locale} statement={page.statement} feedbackHref={feedbackFormPath(locale)} />)
        : null}
      {(page.key === 'easy-language' || page.key === 'sign-language') && page.explanations
        ? mark(['explanations'], <BitvExplanations locale={locale} explanations={page.explanations} withVideos={page.key === 'sign-language'} />)
        : null}
    </article>
  )
}
