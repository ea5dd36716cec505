import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { NewsletterResult } from '@/components/newsletter/NewsletterResult'
import { NewsletterShell } from '@/components/newsletter/NewsletterShell'
import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  return { title: t('checkMailTitle'), description: t('checkMailText'), robots: { index: false } }
}

export default async function NewsletterCheckMailPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const titles = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  return (
    <NewsletterShell locale={locale} title={titles('checkMailTitle')} page="check-mail">
      <NewsletterResult locale={locale} page="checkMail" />
    </NewsletterShell>
  )
}
