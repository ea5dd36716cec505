import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { NewsletterResult } from '@/components/newsletter/NewsletterResult'
import { NewsletterStep } from '@/components/newsletter/NewsletterStep'
import { NewsletterShell } from '@/components/newsletter/NewsletterShell'
import type { Locale } from '@/i18n/locales'
import { unsubscribeEndpoint } from '@/newsletter/links'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ id?: string | string[]; token?: string | string[] }> }

// The page answers its query string (a token, a reason); it cannot be prerendered.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  return { title: t('unsubscribeTitle'), description: t('unsubscribeText'), robots: { index: false }, referrer: 'no-referrer' }
}

// The unsubscribe link in every mail. Only the button's POST unsubscribes; it goes to the
// address of the mail's List-Unsubscribe header (RFC 8058), which checks the signature.
export default async function NewsletterUnsubscribePage({ params, searchParams }: Props) {
  const { locale } = await params
  const { id, token } = await searchParams
  setRequestLocale(locale)
  const titles = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  const subscriberId = Number(id)
  if (!Number.isSafeInteger(subscriberId) || subscriberId <= 0 || typeof token !== 'string' || token === '') {
    return (
    <NewsletterShell locale={locale} title={titles('errorTitle')}>
      <NewsletterResult locale={locale} page="error" reason="invalid" />
    </NewsletterShell>
  )
  }
  return (
    <NewsletterShell locale={locale} title={titles('unsubscribeTitle')}>
      <NewsletterStep locale={locale} step="unsubscribe" action={unsubscribeEndpoint(subscriberId, token)} fields={{}} />
    </NewsletterShell>
  )
}
