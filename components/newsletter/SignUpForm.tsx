import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { listInterestOptions, privacyPagePath, type InterestOption } from '@/newsletter/readerData'
import { SignUpFormFields } from './SignUpForm.client'

interface Props {
  locale: Locale
  // Workplan areas to offer as interests; omit to offer all published areas, [] for none.
  interests?: InterestOption[]
  // The heading level that fits where the form is placed (h2 inside a dialogue page).
  headingLevel?: 2 | 3
}

// The newsletter box: server-rendered so it works without JavaScript; the fields are a small
// client component that adds in-place answers and focus handling when JavaScript runs.
export async function SignUpForm({ locale, interests, headingLevel = 2 }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsletter' })
  const [privacyHref, options] = await Promise.all([
    privacyPagePath(locale),
    interests ?? listInterestOptions(locale).catch(() => []),
  ])
  const Heading = `h${headingLevel}` as const
  return (
    <section className="newsletter-signup" aria-labelledby="newsletter-heading">
      <Heading id="newsletter-heading">{t('formTitle')}</Heading>
      <p>{t('formIntro')}</p>
      <SignUpFormFields locale={locale} privacyHref={privacyHref} interests={options} />
    </section>
  )
}
