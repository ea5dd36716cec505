'use client'
import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from 'react'
import type { Locale } from '@/i18n/locales'
import type { InterestOption } from '@/lib/content/queries/newsletter'
import type { SignUpFormState } from '@/newsletter/formState'
import { endpointPaths } from '@/newsletter/links'
import type { SignUpField } from '@/newsletter/schema'

const fieldOrder: SignUpField[] = ['email', 'interests', 'consent']

// The form's words in the reader's language, given by the server component: the page then
// ships no translation runtime (next-intl's client) for one form.
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
  // The server action (newsletter/actions.ts), handed down by the server component.
  signUp: (previous: SignUpFormState, form: FormData) => Promise<SignUpFormState>
  // What the form page was asked to show after a POST without JavaScript.
  initial: SignUpFormState
}

// Without JavaScript the browser posts the form to the endpoint (a real URL that answers with
// a redirect to a page); with JavaScript the submit is taken over and sent through the server
// action, answered in place. Both reach the same answer (newsletter/submitSignUp.ts).
export function SignUpFormFields({ locale, texts, interests, signUp, initial }: Props) {
  const [state, dispatch, pending] = useActionState(signUp, initial)
  const form = useRef<HTMLFormElement>(null)
  const status = useRef<HTMLParagraphElement>(null)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => dispatch(data))
  }

  // After an answer, focus goes to the first field in error, or to the answer itself.
  useEffect(() => {
    if (state.status === 'idle') return
    const first = fieldOrder.find((field) => state.errors[field])
    const target = first ? form.current?.querySelector<HTMLElement>(`[data-field="${first}"]`) : status.current
    target?.focus()
  }, [state])

  const error = (field: SignUpField) => state.errors[field]
  const errorId = (field: SignUpField) => `newsletter-${field}-error`
  const describedBy = (field: SignUpField, ...more: string[]) =>
    [...more, error(field) ? errorId(field) : null].filter(Boolean).join(' ') || undefined

  if (state.status === 'accepted') {
    return (
      <div className="newsletter-result" role="status">
        <p ref={status} tabIndex={-1}>
          <strong>{texts.checkMailTitle}</strong>
        </p>
        <p>{texts.checkMailText}</p>
      </div>
    )
  }

  const notice = state.notice ? texts.errors[state.notice] : state.status === 'invalid' ? texts.errorSummary : null

  return (
    <form ref={form} action={endpointPaths.signUp} method="post" onSubmit={submit} noValidate className="newsletter-form">
      <input type="hidden" name="locale" value={locale} />
      <p ref={status} tabIndex={-1} role="alert" className="newsletter-notice">
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
          defaultValue={state.email}
          aria-invalid={error('email') ? true : undefined}
          aria-describedby={describedBy('email', 'newsletter-email-hint')}
        />
        {error('email') && (
          <p id={errorId('email')} className="error">
            {texts.errors.email}
          </p>
        )}
      </div>

      {interests.length > 0 && (
        <fieldset className="field" aria-describedby={describedBy('interests')}>
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
          {error('interests') && (
            <p id={errorId('interests')} className="error">
              {texts.errors.interests}
            </p>
          )}
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
        <label htmlFor="newsletter-consent">
          {texts.consent}
        </label>
        {error('consent') && (
          <p id={errorId('consent')} className="error">
            {texts.errors.consent}
          </p>
        )}
      </div>

      {/* Bots fill every field; people never see this one. A class, not a style attribute: the
          reader pages' CSP allows no inline styles (lib/http/securityHeaders.ts). */}
      <div aria-hidden="true" className="newsletter-honeypot">
        <label htmlFor="newsletter-website">{texts.honeypot}</label>
        <input id="newsletter-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? texts.submitting : texts.submit}
      </button>
    </form>
  )
}
