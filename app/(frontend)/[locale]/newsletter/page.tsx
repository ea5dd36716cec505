import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { SignUpForm } from '@/components/newsletter/SignUpForm'
import { NewsletterShell } from '@/components/newsletter/NewsletterShell'
import type { Locale } from '@/i18n/locales'
import { pathsFor } from '@/lib/seo/localizedUrls'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { formStateFromQuery } from '@/newsletter/formState'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ errors?: string; notice?: string }> }

// Reads published workplan areas and the privacy page at request time.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  const page = await getTranslations({ locale, namespace: 'NewsletterPage' })
  const layout = await getTranslations({ locale, namespace: 'Layout' })
  return pageMetadata({ locale, title: t('signUpTitle'), description: page('description'), paths: pathsFor('/newsletter'), siteName: layout('siteName') })
}

export default async function NewsletterPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Newsletter' })
  // A form post without JavaScript to /api/newsletter/sign-up comes back here with the
  // answer's codes (invalid fields, too many attempts, unavailable).
  const initial = formStateFromQuery(await searchParams)
  return (
    <NewsletterShell locale={locale}>
      <h1>{t('pages.signUpTitle')}</h1>
      <SignUpForm locale={locale} headingLevel={2} initial={initial} />
    </NewsletterShell>
  )
}
