import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { NewsletterResult } from '@/components/newsletter/NewsletterResult'
import { PreferencesForm } from '@/components/newsletter/PreferencesForm'
import type { Locale } from '@/i18n/locales'
import { listNewsletterInterests } from '@/lib/content/reader'
import { requireSecret } from '@/lib/env'
import { payloadClient } from '@/lib/payloadClient'
import { resultPagePath, unsubscribeEndpoint } from '@/newsletter/links'
import { findPreferences } from '@/newsletter/preferences'
import { unsubscribeToken } from '@/newsletter/tokens'

type Query = { id?: string | string[]; token?: string | string[]; notice?: string | string[] }
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Query> }

// The page answers its query string (the reader's signed link); it cannot be prerendered.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Newsletter.preferences' })
  // The address carries the reader's token: no index, and no Referer to the sites it links to.
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' }
}

// The link in every mail (newsletter/mailLinks.ts preferencesUrl).
export default async function NewsletterPreferencesPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const lookup = await findPreferences(await payloadClient(), { id: query.id, token: query.token })
  if (lookup.status === 'invalid') return <NewsletterResult locale={locale} page="error" reason="invalid" />
  if (lookup.status === 'not-subscribed') return <NotSubscribed locale={locale} />
  const { preferences } = lookup
  const notice = query.notice === 'saved' || query.notice === 'invalid' ? query.notice : undefined
  return (
    <PreferencesForm
      locale={locale}
      preferences={preferences}
      token={String(query.token)}
      interests={await listNewsletterInterests(locale)}
      unsubscribeAction={unsubscribeEndpoint(preferences.id, unsubscribeToken(requireSecret(), preferences.id))}
      notice={notice}
    />
  )
}

async function NotSubscribed({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Newsletter' })
  return (
    <article className="newsletter-result">
      <h1>{t('preferences.notSubscribedTitle')}</h1>
      <p>{t('preferences.notSubscribedText')}</p>
      <p>
        <a href={resultPagePath(locale)}>{t('pages.backToForm')}</a>
      </p>
    </article>
  )
}
