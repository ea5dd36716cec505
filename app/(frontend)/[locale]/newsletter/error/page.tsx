import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { NewsletterResult } from '@/components/newsletter/NewsletterResult'
import { NewsletterShell } from '@/components/newsletter/NewsletterShell'
import type { Locale } from '@/i18n/locales'

// It reads ?reason=, so it is rendered per request: as a static page (the layout's empty
// generateStaticParams) every request ended in DYNAMIC_SERVER_USAGE, a 500.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ reason?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  return { title: t('errorTitle'), description: t('errorInvalid'), robots: { index: false } }
}

export default async function NewsletterErrorPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { reason } = await searchParams
  setRequestLocale(locale)
  const titles = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  return (
    <NewsletterShell locale={locale} title={titles('errorTitle')} page="error">
      <NewsletterResult locale={locale} page="error" reason={reason === 'expired' ? 'expired' : 'invalid'} />
    </NewsletterShell>
  )
}
