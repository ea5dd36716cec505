import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { NewsletterResult } from '@/components/newsletter/NewsletterResult'
import { NewsletterStep } from '@/components/newsletter/NewsletterStep'
import { NewsletterShell } from '@/components/newsletter/NewsletterShell'
import type { Locale } from '@/i18n/locales'
import { endpointPaths } from '@/newsletter/links'
import { looksLikeToken } from '@/newsletter/tokens'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> }

// The page answers its query string (a token, a reason); it cannot be prerendered.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  // The address carries the token: no index, and no Referer to wherever the reader goes next.
  return { title: t('confirmTitle'), description: t('confirmText'), robots: { index: false }, referrer: 'no-referrer' }
}

// The link in the confirmation mail. Only the button's POST confirms.
export default async function NewsletterConfirmPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { token } = await searchParams
  setRequestLocale(locale)
  const titles = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  if (!looksLikeToken(token)) {
    return (
      <NewsletterShell locale={locale} title={titles('errorTitle')}>
        <NewsletterResult locale={locale} page="error" reason="invalid" />
      </NewsletterShell>
    )
  }
  return (
    <NewsletterShell locale={locale} title={titles('confirmTitle')}>
      <NewsletterStep locale={locale} step="confirm" action={endpointPaths.confirm} fields={{ token }} />
    </NewsletterShell>
  )
}
