import type { Payload } from 'payload'
import { inTransaction } from '../lib/db/inTransaction'
import type { Subscriber } from '../payload-types'
import { recordConsentWithdrawn } from './ledger'
import type { RelayEvent } from './relaySchema'
import { newsletterWrites } from './writeContext'

// A suppressed address gets no more mail: not the newsletter, and not a confirmation mail when it
// is signed up again; a confirmed one needs none (newsletter/registration.ts).
export const statusesNotMailedOnSignUp: readonly Subscriber['status'][] = ['confirmed', 'suppressed']

export interface RelayOutcome {
  suppressed: number
  ignored: number
}

// Hard bounces (the mailbox does not exist) and complaints (the reader marked a mail as spam)
// suppress; a complaint is also an objection, so the consent is withdrawn. Soft bounces, and
// addresses we do not hold, change nothing — no row is ever created for a reported address.
// A report sent twice counts its events once: an address already suppressed stays as it was.
export async function applyRelayEvents(payload: Payload, events: RelayEvent[], now = new Date()): Promise<RelayOutcome> {
  const outcome: RelayOutcome = { suppressed: 0, ignored: 0 }
  for (const event of events) {
    if (event.type === 'soft-bounce' || !(await suppress(payload, event, now))) outcome.ignored++
    else outcome.suppressed++
  }
  return outcome
}

async function suppress(payload: Payload, event: RelayEvent, now: Date): Promise<boolean> {
  return inTransaction(payload, async (req) => {
    const { docs } = await payload.find({
      collection: 'subscribers',
      where: { and: [{ email: { equals: event.email } }, { status: { not_equals: 'suppressed' } }] },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const subscriber = docs[0]
    if (!subscriber) return false
    const reason = event.type === 'complaint' ? 'complaint' : 'hard-bounce'
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: { status: 'suppressed', suppressedAt: now.toISOString(), suppressionReason: reason, tokenHash: null, tokenExpiresAt: null },
      overrideAccess: true,
      depth: 0,
      req,
    })
    if (reason === 'complaint') await recordConsentWithdrawn(payload, req, subscriber.id, now)
    return true
  }, newsletterWrites)
}
