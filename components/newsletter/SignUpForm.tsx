import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { getPrivacyNotice, listNewsletterInterests } from '@/lib/content/reader'
import type { InterestOption } from '@/lib/content/queries/newsletter'
import { idleForm, type SignUpFormState } from '@/newsletter/formState'
import { SignUpFormFields, type SignUpTexts } from './SignUpFormFields'

interface Props {
  locale: Locale
  // Workplan areas to offer as interests; omit to offer all published areas, [] for none.
  interests?: InterestOption[]
  // The heading level that fits where the form is placed (h2 inside a dialogue page).
  headingLevel?: 2 | 3
  // The answer to a POST without JavaScript, when the form page shows it.
  initial?: SignUpFormState
}

const errorCodes = ['email', 'consent', 'locale', 'interests', 'website', 'rateLimited', 'unavailable'] as const

// Seeded slugs, linked while no privacy page is published.
const fallbackPrivacySlug: Record<Locale, string> = { de: 'datenschutz', es: 'privacidad', en: 'privacy' }

// The newsletter box: server-rendered so it works without JavaScript; a small script of its own
// (not React) adds in-place answers and focus handling where scripts run (./SignUpFormFields.tsx).
export async function SignUpForm({ locale, interests, headingLevel = 2, initial = idleForm }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsletter' })
  const [notice, options] = await Promise.all([getPrivacyNotice(locale), interests ?? listNewsletterInterests(locale)])
  const Heading = `h${headingLevel}` as const
  const privacyHref = `/${locale}/${notice?.slug ?? fallbackPrivacySlug[locale]}`
  return (
    <section className="newsletter-signup" aria-labelledby="newsletter-heading">
      <Heading id="newsletter-heading">{t('formTitle')}</Heading>
      <p>{t('formIntro')}</p>
      <SignUpFormFields
        locale={locale}
        texts={{
          email: t('email'),
          emailHint: t('emailHint'),
          interests: t('interests'),
          consent: t.rich('consent', { privacy: (chunks) => <a href={privacyHref}>{chunks}</a> }),
          honeypot: t('honeypot'),
          submit: t('submit'),
          submitting: t('submitting'),
          errorSummary: t('errorSummary'),
          checkMailTitle: t('pages.checkMailTitle'),
          checkMailText: t('pages.checkMailText'),
          errors: Object.fromEntries(errorCodes.map((code) => [code, t(`errors.${code}`)])) as SignUpTexts['errors'],
        }}
        interests={options}
        initial={initial}
      />
    </section>
  )
}
