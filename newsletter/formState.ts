import type { FormNotice } from './links'
import type { FieldErrors } from './schema'
import type { SignUpAnswer } from './signUpAnswer'

// What the sign-up form shows: nothing yet, or an answer's outcome and codes (never text).
export interface SignUpFormState {
  status: 'idle' | SignUpAnswer['outcome']
  errors: FieldErrors
  notice: FormNotice | null
  email: string
}

export const idleForm: SignUpFormState = { status: 'idle', errors: {}, notice: null, email: '' }

const fields = ['email', 'consent', 'locale', 'interests'] as const
const notices: FormNotice[] = ['rateLimited', 'unavailable']

// The form page after a POST without JavaScript: the answer's codes come back in the query
// (newsletter/links.ts formPath); unknown codes are dropped.
export function formStateFromQuery(query: { errors?: string; notice?: string }): SignUpFormState {
  const errors = Object.fromEntries(
    (query.errors ?? '')
      .split(',')
      .filter((code): code is (typeof fields)[number] => (fields as readonly string[]).includes(code))
      .map((code) => [code, code]),
  )
  const notice = notices.find((known) => known === query.notice) ?? null
  if (notice) return { status: notice === 'rateLimited' ? 'rate-limited' : 'unavailable', errors: {}, notice, email: '' }
  if (Object.keys(errors).length > 0) return { status: 'invalid', errors, notice: null, email: '' }
  return idleForm
}
