import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as english from '@zxcvbn-ts/language-en'

// An admin account holds subscriber data: its password must resist an offline guess at the
// hash as well as the online limits. zxcvbn-ts scores it against common passwords, keyboard
// patterns, dates, repeats and the words given (the e-mail, the site's name); score 3 means
// "safely unguessable: moderate protection from offline slow-hash attacks".
export const MIN_PASSWORD_LENGTH = 12
const MIN_SCORE = 3

let estimator: ZxcvbnFactory | undefined
const strength = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  }))

export type PasswordWeakness =
  | { kind: 'missing' }
  | { kind: 'short'; length: number }
  | { kind: 'containsEmail' }
  | { kind: 'guessable'; score: number; advice: string }

// Null when the password is good enough, else what is wrong with it.
export function passwordWeakness(password: string | undefined, email: string): PasswordWeakness | null {
  if (!password) return { kind: 'missing' }
  if (password.length < MIN_PASSWORD_LENGTH) return { kind: 'short', length: password.length }
  const localPart = email.split('@')[0]?.toLowerCase() ?? ''
  if (localPart.length >= 3 && password.toLowerCase().includes(localPart)) return { kind: 'containsEmail' }
  const result = strength().check(password, [email, ...email.split(/[@.+_-]/), 'digitaldialoge', 'payload', 'admin'])
  if (result.score >= MIN_SCORE) return null
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ')
  return { kind: 'guessable', score: result.score, advice }
}

// The same, for an operator at the command line (in English).
export function weakPasswordReason(password: string | undefined, email: string): string | null {
  const weakness = passwordWeakness(password, email)
  if (!weakness) return null
  switch (weakness.kind) {
    case 'missing':
      return 'no password was given'
    case 'short':
      return `it has ${weakness.length} characters; at least ${MIN_PASSWORD_LENGTH} are required`
    case 'containsEmail':
      return 'it contains the e-mail address'
    case 'guessable':
      return `it is too easy to guess (strength ${weakness.score} of 4, at least ${MIN_SCORE} required)${weakness.advice ? `: ${weakness.advice}` : ''}`
  }
}
