import type { ReactNode } from 'react'
import type { Locale } from '@/i18n/locales'
import type { InterestOption } from '@/lib/content/queries/newsletter'
import type { SignUpFormState } from '@/newsletter/formState'
import { endpointPaths } from '@/newsletter/links'
import type { SignUpField } from '@/newsletter/schema'

// The form's words in the reader's language, given by the server component.
export interface SignUpTexts {
  email: string
  emailHint: string
  interests: string
  consent: ReactNode
  honeypot: string
  submit: string
  submitting: string
  errorSummary: string
  checkMailTitle: string
  checkMailText: string
  errors: Record<SignUpField | NonNullable<SignUpFormState['notice']>, string>
}

interface Props {
  locale: Locale
  texts: SignUpTexts
  interests: InterestOption[]
  // What the form page was asked to show after a POST without JavaScript.
  initial: SignUpFormState
}

// The script that answers in place; public/ files are served with max-age=0 (revalidated).
export const signUpScript = '/scripts/newsletter-sign-up.js'

const errorId = (field: SignUpField) => `newsletter-${field}-error`

// The browser posts the form to the endpoint (a real URL that answers with a redirect to a
// page), which works without JavaScript. Where scripts run, public/scripts/newsletter-sign-up.js
// sends the same fields to the same endpoint as JSON and shows the answer in place: it shows
// the error texts and the answer rendered here (hidden until needed), so every word still comes
// from React and the reader's page loads no framework for one form.
export function SignUpFormFields({ locale, texts, interests, initial }: Props) {
  const error = (field: SignUpField) => Boolean(initial.errors[field])
  const describedBy = (field: SignUpField, ...more: string[]) =>
    [...more, error(field) ? errorId(field) : null].filter(Boolean).join(' ') || undefined
  const notice = initial.notice ? texts.errors[initial.notice] : initial.status === 'invalid' ? texts.errorSummary : null
  const errorText = (field: 'email' | 'interests' | 'consent') => (
    <p id={errorId(field)} className="error" hidden={!error(field)}>
      {texts.errors[field]}
    </p>
  )

  return (
    <>
      <form
        action={endpointPaths.signUp}
        method="post"
        noValidate
        className="newsletter-form"
        data-submitting={texts.submitting}
        data-notice-invalid={texts.errorSummary}
        data-notice-rate-limited={texts.errors.rateLimited}
        data-notice-unavailable={texts.errors.unavailable}
      >
        <input type="hidden" name="locale" value={locale} />
        <p tabIndex={-1} role="alert" className="newsletter-notice">
          {notice}
        </p>

        <div className="field">
          <label htmlFor="newsletter-email">{texts.email}</label>
          <p id="newsletter-email-hint" className="hint">
            {texts.emailHint}
          </p>
          <input
            id="newsletter-email"
            data-field="email"
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            maxLength={254}
            defaultValue={initial.email}
            aria-invalid={error('email') ? true : undefined}
            aria-describedby={describedBy('email', 'newsletter-email-hint')}
          />
          {errorText('email')}
        </div>

        {interests.length > 0 && (
          <fieldset className="field" data-field-group="interests" aria-describedby={describedBy('interests')}>
            <legend>{texts.interests}</legend>
            {interests.map((area, index) => (
              <div key={area.id} className="choice">
                <input
                  id={`newsletter-interest-${area.id}`}
                  type="checkbox"
                  name="interests"
                  value={area.id}
                  data-field={index === 0 ? 'interests' : undefined}
                />
                <label htmlFor={`newsletter-interest-${area.id}`}>{area.title}</label>
              </div>
            ))}
            {errorText('interests')}
          </fieldset>
        )}

        <div className="field choice">
          <input
            id="newsletter-consent"
            data-field="consent"
            type="checkbox"
            name="consent"
            aria-invalid={error('consent') ? true : undefined}
            aria-describedby={describedBy('consent')}
          />
          <label htmlFor="newsletter-consent">{texts.consent}</label>
          {errorText('consent')}
        </div>

        {/* Bots fill every field; people never see this one. A class, not a style attribute: the
            reader pages' CSP allows no inline styles (lib/http/securityHeaders.ts). */}
        <div aria-hidden="true" className="newsletter-honeypot">
          <label htmlFor="newsletter-website">{texts.honeypot}</label>
          <input id="newsletter-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <button type="submit">{texts.submit}</button>
      </form>
      <div className="newsletter-result" role="status" hidden>
        <p tabIndex={-1}>
          <strong>{texts.checkMailTitle}</strong>
        </p>
        <p>{texts.checkMailText}</p>
      </div>
      <script src={signUpScript} async />
    </>
  )
}
