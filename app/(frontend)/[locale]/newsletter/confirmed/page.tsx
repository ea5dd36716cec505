import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { NewsletterResult } from '@/components/newsletter/NewsletterResult'
import { NewsletterShell } from '@/components/newsletter/NewsletterShell'
import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  return { title: t('confirmedTitle'), description: t('confirmedText'), robots: { index: false } }
}

export default async function NewsletterConfirmedPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const titles = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  return (
    <NewsletterShell locale={locale} title={titles('confirmedTitle')} page="confirmed">
      <NewsletterResult locale={locale} page="confirmed" />
    </NewsletterShell>
  )
}
