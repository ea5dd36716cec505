import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { SignUpForm } from '@/components/newsletter/SignUpForm'
import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ errors?: string }> }

// Reads published workplan areas and the privacy page at request time.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  return { title: t('signUpTitle') }
}

const knownErrors = ['email', 'consent', 'locale', 'interests'] as const

export default async function NewsletterPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Newsletter' })
  // A plain form post to /api/newsletter/sign-up comes back here with error codes.
  const errors = ((await searchParams).errors ?? '')
    .split(',')
    .filter((code): code is (typeof knownErrors)[number] => (knownErrors as readonly string[]).includes(code))
  return (
    <>
      <h1>{t('pages.signUpTitle')}</h1>
      {errors.length > 0 && (
        <div role="alert" className="newsletter-notice">
          <p>{t('errorSummary')}</p>
          <ul>
            {errors.map((code) => (
              <li key={code}>{t(`errors.${code}`)}</li>
            ))}
          </ul>
        </div>
      )}
      <SignUpForm locale={locale} headingLevel={2} />
    </>
  )
}
