import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { feedbackFormStateFromQuery } from '@/accessibility/formState'
import { FeedbackForm } from '@/components/accessibility/FeedbackForm'
import { PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { pathsFor } from '@/lib/seo/localizedUrls'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ errors?: string; notice?: string }> }

// The answer to a POST without JavaScript comes back in the query: rendered per request.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await readerParams(params)
  const t = await getTranslations({ locale, namespace: 'Accessibility.feedback' })
  return { title: t('title'), description: t('intro'), robots: { index: true } }
}

export default async function AccessibilityFeedbackPage({ params, searchParams }: Props) {
  const { locale } = await readerParams(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Accessibility.feedback' })
  return (
    <PageShell locale={locale} paths={pathsFor('/report-a-barrier')}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <FeedbackForm locale={locale} state={feedbackFormStateFromQuery(await searchParams)} />
    </PageShell>
  )
}
