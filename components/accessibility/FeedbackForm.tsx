import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { FeedbackFormState } from '@/accessibility/formState'
import { feedbackEndpointPath } from '@/accessibility/links'
import { MESSAGE_MAX, PAGE_MAX, type FeedbackField } from '@/accessibility/schema'

interface Props {
  locale: Locale
  state: FeedbackFormState
}

// A plain HTML form, no client code: the browser posts it to the endpoint, which answers with
// a 303 to the thanks page or back here with the codes of what went wrong.
export async function FeedbackForm({ locale, state }: Props) {
  const t = await getTranslations({ locale, namespace: 'Accessibility.feedback' })
  const error = (field: FeedbackField) => state.errors[field]
  const errorId = (field: FeedbackField) => `feedback-${field}-error`
  const describedBy = (field: FeedbackField) => [`feedback-${field}-hint`, error(field) ? errorId(field) : null].filter(Boolean).join(' ')
  const notice = state.notice ? t(`errors.${state.notice}`) : Object.keys(state.errors).length > 0 ? t('errorSummary') : null
  const fieldError = (field: FeedbackField) =>
    error(field) && (
      <p id={errorId(field)} className="error">
        {t(`errors.${field}`)}
      </p>
    )

  return (
    <form action={feedbackEndpointPath} method="post" noValidate className="newsletter-form feedback-form">
      <input type="hidden" name="locale" value={locale} />
      {notice && (
        <p role="alert" className="newsletter-notice">
          {notice}
        </p>
      )}
      {fieldError('locale')}

      <div className="field">
        <label htmlFor="feedback-message">{t('message')}</label>
        <p id="feedback-message-hint" className="hint">
          {t('messageHint')}
        </p>
        <textarea
          id="feedback-message"
          name="message"
          rows={8}
          required
          maxLength={MESSAGE_MAX}
          aria-invalid={error('message') ? true : undefined}
          aria-describedby={describedBy('message')}
        />
        {fieldError('message')}
      </div>

      <div className="field">
        <label htmlFor="feedback-page">{t('page')}</label>
        <p id="feedback-page-hint" className="hint">
          {t('pageHint')}
        </p>
        <input
          id="feedback-page"
          name="page"
          type="text"
          maxLength={PAGE_MAX}
          aria-invalid={error('page') ? true : undefined}
          aria-describedby={describedBy('page')}
        />
        {fieldError('page')}
      </div>

      <div className="field">
        <label htmlFor="feedback-email">{t('email')}</label>
        <p id="feedback-email-hint" className="hint">
          {t('emailHint')}
        </p>
        <input
          id="feedback-email"
          name="email"
          type="email"
          autoComplete="email"
          maxLength={254}
          aria-invalid={error('email') ? true : undefined}
          aria-describedby={describedBy('email')}
        />
        {fieldError('email')}
      </div>

      <p className="hint">{t('privacy')}</p>

      {/* Bots fill every field; people never see this one (a class: the CSP allows no inline styles). */}
      <div aria-hidden="true" className="newsletter-honeypot">
        <label htmlFor="feedback-website">{t('honeypot')}</label>
        <input id="feedback-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button type="submit">{t('submit')}</button>
    </form>
  )
}
