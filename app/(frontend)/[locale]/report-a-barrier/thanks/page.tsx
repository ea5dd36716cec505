import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { feedbackFormPath } from '@/accessibility/links'
import { getPageSlugByKey } from '@/lib/content/reader'
import { pathsFor } from '@/lib/seo/localizedUrls'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await readerParams(params)
  const t = await getTranslations({ locale, namespace: 'Accessibility.feedback' })
  return { title: t('thanksTitle'), description: t('thanksText'), robots: { index: false } }
}

// Where the form's POST leads when the report was taken (a 303 from accessibility/endpoint.ts).
export default async function FeedbackThanksPage({ params }: Props) {
  const { locale } = await readerParams(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Accessibility.feedback' })
  const statementSlug = await getPageSlugByKey(locale, 'accessibility')
  return (
    <PageShell locale={locale} paths={pathsFor('/report-a-barrier/thanks')}>
      <h1>{t('thanksTitle')}</h1>
      <p role="status">{t('thanksText')}</p>
      <ul>
        {statementSlug && (
          <li>
            <a href={`/${locale}/${statementSlug}`}>{t('toStatement')}</a>
          </li>
        )}
        <li>
          <a href={feedbackFormPath(locale)}>{t('another')}</a>
        </li>
      </ul>
    </PageShell>
  )
}
