import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { NewsletterResult } from '@/components/newsletter/NewsletterResult'
import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  return { title: t('confirmedTitle'), robots: { index: false } }
}

export default async function NewsletterConfirmedPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <NewsletterResult locale={locale} page="confirmed" />
}
