import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { resultPagePath } from '@/newsletter/links'

type Page = 'checkMail' | 'confirmed' | 'unsubscribed' | 'error'
type Reason = 'expired' | 'invalid'

// The pages a reader lands on from the mail links and from a form post without JavaScript.
export async function NewsletterResult({ locale, page, reason }: { locale: Locale; page: Page; reason?: Reason }) {
  const t = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  const text =
    page === 'error' ? t(reason === 'expired' ? 'errorExpired' : 'errorInvalid') : t(`${page}Text` as 'checkMailText')
  return (
    <article className="newsletter-result">
      <h1>{t(`${page}Title` as 'checkMailTitle')}</h1>
      <p>{text}</p>
      {page === 'error' && (
        <p>
          <a href={resultPagePath(locale)}>{t('backToForm')}</a>
        </p>
      )}
    </article>
  )
}
