import { readFileSync } from 'node:fs'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { SignUpFormFields, type SignUpTexts } from '@/components/newsletter/SignUpFormFields'
import en from '@/messages/en.json' with { type: 'json' }
import { formStateFromQuery, idleForm, type SignUpFormState } from '@/newsletter/formState'
import { answerBody, answerFor, retryAfterHeader } from '@/newsletter/signUpAnswer'

// A translated string as it was found stored on a production build (here put in directly,
// as if it had got past the check): it must reach the reader as text, never as an element.
const hostile = `Too many attempts. <img src=x onerror="document.title='pwned'">`
const words = en.Newsletter
const texts: SignUpTexts = {
  ...words,
  consent: 'I agree',
  checkMailTitle: words.pages.checkMailTitle,
  checkMailText: words.pages.checkMailText,
  errors: { ...words.errors, rateLimited: hostile },
}

function renderForm(initial: SignUpFormState = idleForm) {
  return render(<SignUpFormFields locale="en" texts={texts} interests={[]} initial={initial} />)
}

// The form's script as the browser runs it (a plain file under public/, not a module).
const runSignUpScript = () => new Function(readFileSync('public/scripts/newsletter-sign-up.js', 'utf8'))()

// What the endpoint answers a JSON client (newsletter/endpoints/public.ts), and what it was sent.
function answerWith(body: unknown) {
  const sent: unknown[] = []
  globalThis.fetch = (async (_url: string, init: RequestInit) => {
    sent.push(JSON.parse(String(init.body)))
    return { json: async () => body }
  }) as unknown as typeof fetch
  return sent
}

describe('one answer to a sign-up', () => {
  it('maps every outcome to one status, codes and result page', () => {
    expect(answerFor({ status: 'accepted' }, 'es')).toMatchObject({ httpStatus: 200, page: '/es/newsletter/check-mail', errors: {} })
    expect(answerFor({ status: 'invalid', errors: { email: 'email', consent: 'consent' } }, 'en')).toMatchObject({
      httpStatus: 400,
      errors: { email: 'email', consent: 'consent' },
      page: '/en/newsletter?errors=email%2Cconsent',
    })
    const limited = answerFor({ status: 'rate-limited', retryAfterSeconds: 42 }, 'de')
    expect(limited).toMatchObject({ httpStatus: 429, notice: 'rateLimited', page: '/de/newsletter?notice=rateLimited' })
    expect(retryAfterHeader(limited)).toEqual({ 'Retry-After': '42' })
    expect(answerBody(limited)).toEqual({ status: 'rate-limited', error: 'rateLimited' })
    expect(answerFor({ status: 'unavailable' }, 'de')).toMatchObject({ httpStatus: 503, notice: 'unavailable' })
  })

  it('the form page after a rate-limited POST without JavaScript says so, and a hostile translation stays text', () => {
    const { container } = renderForm(formStateFromQuery({ notice: 'rateLimited' }))
    expect(screen.getByRole('alert')).toHaveTextContent(hostile)
    expect(container.querySelector('img')).toBeNull()
    // Without JavaScript the browser posts to a real address, not to the page itself.
    expect(container.querySelector('form')).toHaveAttribute('action', '/api/newsletter/sign-up')
    expect(container.querySelector('form')).toHaveAttribute('method', 'post')
  })

  it('the in-place answer (from the form’s own script) shows the same notice, as text', async () => {
    const sent = answerWith(answerBody(answerFor({ status: 'rate-limited', retryAfterSeconds: 42 }, 'en')))
    const { container } = renderForm()
    runSignUpScript()
    fireEvent.change(screen.getByLabelText(words.email), { target: { value: 'a@x.org' } })
    await act(async () => {
      fireEvent.submit(container.querySelector('form')!)
    })
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(hostile))
    expect(sent).toEqual([{ email: 'a@x.org', consent: false, locale: 'en', interests: [], website: '' }])
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByRole('alert')).toHaveFocus()
  })

  it('the in-place answer marks the fields in error and moves focus to the first', async () => {
    answerWith(answerBody(answerFor({ status: 'invalid', errors: { email: 'email', consent: 'consent' } }, 'en')))
    const { container } = renderForm()
    runSignUpScript()
    await act(async () => {
      fireEvent.submit(container.querySelector('form')!)
    })
    const email = screen.getByLabelText(words.email)
    await waitFor(() => expect(email).toHaveFocus())
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription(`${words.emailHint} ${words.errors.email}`)
    expect(screen.getByRole('checkbox', { name: 'I agree' })).toHaveAccessibleDescription(words.errors.consent)
    expect(screen.getByRole('alert')).toHaveTextContent(words.errorSummary)
  })

  it('an accepted sign-up replaces the form with the answer, focused', async () => {
    answerWith(answerBody(answerFor({ status: 'accepted' }, 'en')))
    const { container } = renderForm()
    runSignUpScript()
    expect(screen.queryByRole('status')).toBeNull()
    await act(async () => {
      fireEvent.submit(container.querySelector('form')!)
    })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(words.pages.checkMailTitle))
    expect(container.querySelector('form')).not.toBeVisible()
    expect(screen.getByRole('status').contains(document.activeElement)).toBe(true)
  })

  it('ignores codes in the query it does not know', () => {
    expect(formStateFromQuery({ errors: 'email,<b>,consent', notice: 'pwned' })).toEqual({
      status: 'invalid',
      errors: { email: 'email', consent: 'consent' },
      notice: null,
      email: '',
    })
  })
})
