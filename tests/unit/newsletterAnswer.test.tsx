import { act, fireEvent, render, screen } from '@testing-library/react'
import { SignUpFormFields, type SignUpTexts } from '@/components/newsletter/SignUpForm.client'
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

function renderForm(signUp: (previous: SignUpFormState, form: FormData) => Promise<SignUpFormState>, initial = idleForm) {
  return render(
    <SignUpFormFields locale="en" texts={texts} interests={[]} signUp={signUp} initial={initial} />,
  )
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
    const { container } = renderForm(async (state) => state, formStateFromQuery({ notice: 'rateLimited' }))
    expect(screen.getByRole('alert')).toHaveTextContent(hostile)
    expect(container.querySelector('img')).toBeNull()
    // Without JavaScript the browser posts to a real address, not to the page itself.
    expect(container.querySelector('form')).toHaveAttribute('action', '/api/newsletter/sign-up')
    expect(container.querySelector('form')).toHaveAttribute('method', 'post')
  })

  it('the answer of the server action (JavaScript) renders the same notice, as text', async () => {
    const rateLimited: SignUpFormState = { status: 'rate-limited', errors: {}, notice: 'rateLimited', email: 'a@x.org' }
    const calls: FormData[] = []
    const signUp = async (_previous: SignUpFormState, form: FormData) => {
      calls.push(form)
      return rateLimited
    }
    const { container } = renderForm(signUp)
    await act(async () => {
      fireEvent.submit(container.querySelector('form')!)
    })
    expect(calls).toHaveLength(1)
    expect(await screen.findByText(hostile)).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
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
