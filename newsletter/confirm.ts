import type { Payload } from 'payload'
import type { Locale } from '../i18n/locales'
import { recordConsentConfirmed } from './ledger'
import { hashToken, looksLikeToken } from './tokens'
import { inTransaction } from '../lib/db/inTransaction'
import { newsletterWrites } from './writeContext'

export type ConfirmOutcome = { status: 'confirmed'; locale: Locale } | { status: 'expired' | 'invalid'; locale: Locale | null }

// Following the link confirms once: the hash is cleared in the same transaction, so a second
// click (or a guessed token) finds nothing.
export async function confirmSignUp(payload: Payload, token: unknown, now = new Date()): Promise<ConfirmOutcome> {
  if (!looksLikeToken(token)) return { status: 'invalid', locale: null }
  return inTransaction(payload, async (req) => {
    const { docs } = await payload.find({
      collection: 'subscribers',
      where: { and: [{ tokenHash: { equals: hashToken(token) } }, { status: { equals: 'pending' } }] },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const subscriber = docs[0]
    if (!subscriber) return { status: 'invalid', locale: null }
    const locale = subscriber.locale as Locale
    if (!subscriber.tokenExpiresAt || new Date(subscriber.tokenExpiresAt) <= now) return { status: 'expired', locale }
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: { status: 'confirmed', confirmedAt: now.toISOString(), tokenHash: null, tokenExpiresAt: null },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await recordConsentConfirmed(payload, req, subscriber.id, now)
    return { status: 'confirmed', locale }
  }, newsletterWrites)
}
