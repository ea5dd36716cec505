import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'
import { eraseConsentRecords } from './ledger'

// A subscriber exists, and is confirmed, only because the reader said so twice (sign-up, then the
// link in the mail). The collection's access already refuses create and update to everyone
// (collections/Subscribers.ts); this hook also holds server code to it: only the newsletter's own
// steps, which write with the newsletterFlow context (newsletter/writeContext.ts), may create a
// subscriber or change what the double opt-in decides.
const decidedByTheReader = ['email', 'status', 'confirmedAt', 'unsubscribedAt', 'suppressedAt', 'suppressionReason'] as const

export const onlyThroughDoubleOptIn: CollectionBeforeChangeHook = ({ operation, data, originalDoc, context }) => {
  if (context.newsletterFlow) return data
  if (operation === 'create') throw new APIError('Subscribers are created by the newsletter sign-up only.', 403)
  for (const field of decidedByTheReader) {
    if (field in data && !sameValue(data[field], originalDoc?.[field])) {
      throw new APIError(`Subscriber field ${field} changes only through the newsletter sign-up.`, 403)
    }
  }
  return data
}

const sameValue = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || (isDate(a) && isDate(b) && Date.parse(a) === Date.parse(b))
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value))

// Deleting a subscriber in the admin is an erasure like the "erase" button's: the consent records
// lose the link to the person and keep the anonymous facts (newsletter/dataRights.ts).
export const anonymiseConsentOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await eraseConsentRecords(req.payload, req, [Number(id)], new Date())
}
