'use server'
import { headers } from 'next/headers'
import { payloadClient } from '../lib/payloadClient'
import { fromFormData, parseSignUp, type FieldErrors } from './schema'
import { signUp } from './signUp'

// The form's server action: works as a plain form POST with JavaScript off (the page is
// rendered again with this state) and without a reload with JavaScript on.
export interface SignUpFormState {
  status: 'idle' | 'accepted' | 'invalid' | 'rate-limited' | 'unavailable'
  errors: FieldErrors
  email: string
}

export async function signUpAction(_previous: SignUpFormState, form: FormData): Promise<SignUpFormState> {
  const raw = fromFormData(form)
  const email = typeof raw.email === 'string' ? raw.email : ''
  const parsed = parseSignUp(raw)
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors, email }
  try {
    const head = await headers()
    const ip = head.get('x-forwarded-for')?.split(',')[0]?.trim() || head.get('x-real-ip') || null
    const outcome = await signUp(await payloadClient(), parsed.data, { ip })
    if (outcome.status === 'rate-limited') return { status: 'rate-limited', errors: {}, email }
    if (outcome.status === 'invalid') return { status: 'invalid', errors: outcome.errors, email }
    return { status: 'accepted', errors: {}, email: '' }
  } catch (error) {
    console.error('newsletter: sign-up failed', error)
    return { status: 'unavailable', errors: {}, email }
  }
}
