import type { Payload } from 'payload'
import type { Locale } from '../i18n/locales'
import { requireSecret } from '../lib/env'
import { recordConsentWithdrawn } from './ledger'
import { verifyUnsubscribeToken } from './tokens'
import { inTransaction } from '../lib/db/inTransaction'
import { newsletterWrites } from './writeContext'

export type UnsubscribeOutcome = { status: 'unsubscribed'; locale: Locale | null } | { status: 'invalid' }

// Idempotent: a second click, or an address erased meanwhile, still answers "unsubscribed".
// Only a link whose signature does not match is refused.
export async function unsubscribe(payload: Payload, rawId: unknown, token: unknown, now = new Date()): Promise<UnsubscribeOutcome> {
  const id = Number(rawId)
  if (!Number.isSafeInteger(id) || id <= 0 || typeof token !== 'string') return { status: 'invalid' }
  if (!verifyUnsubscribeToken(requireSecret(), id, token)) return { status: 'invalid' }
  return inTransaction(payload, async (req) => {
    const subscriber = await payload.findByID({ collection: 'subscribers', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!subscriber) return { status: 'unsubscribed', locale: null }
    const locale = subscriber.locale as Locale
    if (subscriber.status === 'unsubscribed' || subscriber.unsubscribedAt) return { status: 'unsubscribed', locale }
    // A suppressed address stays suppressed (a later sign-up sends it nothing); its consent is withdrawn all the same.
    const status = subscriber.status === 'suppressed' ? 'suppressed' : 'unsubscribed'
    await payload.update({
      collection: 'subscribers',
      id,
      data: { status, unsubscribedAt: now.toISOString(), tokenHash: null, tokenExpiresAt: null },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await recordConsentWithdrawn(payload, req, id, now)
    return { status: 'unsubscribed', locale }
  }, newsletterWrites)
}
