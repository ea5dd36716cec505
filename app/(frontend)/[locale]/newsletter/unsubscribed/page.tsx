import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { NewsletterResult } from '@/components/newsletter/NewsletterResult'
import { NewsletterShell } from '@/components/newsletter/NewsletterShell'
import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  return { title: t('unsubscribedTitle'), description: t('unsubscribedText'), robots: { index: false } }
}

export default async function NewsletterUnsubscribedPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const titles = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  return (
    <NewsletterShell locale={locale} title={titles('unsubscribedTitle')} page="unsubscribed">
      <NewsletterResult locale={locale} page="unsubscribed" />
    </NewsletterShell>
  )
}
