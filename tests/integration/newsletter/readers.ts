import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { confirmSignUp } from '@/newsletter/confirm'
import { signUp } from '@/newsletter/signUp'
import { newConfirmationToken } from '@/newsletter/tokens'
import { subscriberByEmail, uniqueAddress, uniqueIp } from './support'

interface Reader {
  email?: string
  locale?: Locale
  interests?: number[]
  at?: Date
}

// A reader through the real double opt-in: signed up, then confirmed with a token the test put in
// place of the mailed one (so no mail needs reading).
export async function confirmedReader(payload: Payload, { email = uniqueAddress(), locale = 'de', interests = [], at = new Date() }: Reader = {}) {
  await signUp(payload, { email, consent: true, locale, interests, website: '' }, { ip: uniqueIp(), now: at })
  const [subscriber] = await subscriberByEmail(payload, email)
  const token = newConfirmationToken(at)
  await payload.update({ collection: 'subscribers', id: subscriber.id, data: { tokenHash: token.hash }, overrideAccess: true })
  const outcome = await confirmSignUp(payload, token.token, at)
  if (outcome.status !== 'confirmed') throw new Error(`confirmation failed: ${outcome.status}`)
  return { email, id: subscriber.id }
}
