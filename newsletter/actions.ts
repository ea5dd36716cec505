'use server'
import { headers } from 'next/headers'
import { payloadClient } from '../lib/payloadClient'
import type { SignUpFormState } from './formState'
import { fromFormData } from './schema'
import { submitSignUp } from './submitSignUp'

// The form's server action, used when JavaScript runs (the answer appears in place). Without
// JavaScript the same form posts to /api/newsletter/sign-up; both take one path
// (newsletter/submitSignUp.ts) to one answer (newsletter/signUpAnswer.ts).
export async function signUpAction(_previous: SignUpFormState, form: FormData): Promise<SignUpFormState> {
  const raw = fromFormData(form)
  const answer = await submitSignUp(payloadClient(), raw, await headers())
  const email = typeof raw.email === 'string' && answer.outcome !== 'accepted' ? raw.email : ''
  return { status: answer.outcome, errors: answer.errors, notice: answer.notice, email }
}
