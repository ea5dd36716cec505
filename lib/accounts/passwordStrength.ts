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

// Null when the password is good enough, else why it is not (for an operator, in English).
export function weakPasswordReason(password: string | undefined, email: string): string | null {
  if (!password) return 'no password was given'
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `it has ${password.length} characters; at least ${MIN_PASSWORD_LENGTH} are required`
  }
  const localPart = email.split('@')[0]?.toLowerCase() ?? ''
  if (localPart.length >= 3 && password.toLowerCase().includes(localPart)) return 'it contains the e-mail address'
  const result = strength().check(password, [email, ...email.split(/[@.+_-]/), 'digitaldialoge', 'payload', 'admin'])
  if (result.score >= MIN_SCORE) return null
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ')
  return `it is too easy to guess (strength ${result.score} of 4, at least ${MIN_SCORE} required)${advice ? `: ${advice}` : ''}`
}
