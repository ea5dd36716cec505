import { createHash, createHmac } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { noticeCopyFor, type NoticeText } from './noticeCopies'

// The append-only proof of consent (collections/ConsentRecords.ts). Records are created when
// consent is given; later facts (confirmed, withdrawn) are filled in once and never rewritten.

// Which privacy notice the reader agreed to (lib/content/queries/newsletter.ts finds it) and the
// immutable copy of its text the record points to. Without (no notice published) the record
// says so by its version.
export type NoticeConsented = Pick<NoticeText, 'version' | 'hash'> & { copyId: number | null }

// Before the caller's transaction opens: the copy is written on a connection of its own
// (newsletter/noticeCopies.ts), and a transaction waiting for a second connection while holding
// one let ten parallel sign-ups wait for each other forever (the pool holds ten).
export async function noticeConsented(payload: Payload, notice: NoticeText | null): Promise<NoticeConsented> {
  if (!notice) return noNotice
  return { version: notice.version, hash: notice.hash, copyId: await noticeCopyFor(payload, notice) }
}

// While no privacy page is published the record says so instead of naming a text.
const noNotice: NoticeConsented = { version: 'missing', hash: createHash('sha256').update('').digest('hex'), copyId: null }

// A salted HMAC: the address cannot be read back, only matched against one already known.
export function hashIp(secret: string, ip: string | null): string | null {
  if (!ip) return null
  return createHmac('sha256', `consent-ip:${secret}`).update(ip).digest('hex')
}

// Records are created by the sign-up (newsletter/registration.ts, in SQL).

// Fills in `field` on the subscriber's open records (not yet withdrawn, field still empty).
async function fillOpenRecords(
  payload: Payload,
  req: PayloadRequest,
  subscriberId: number,
  field: 'confirmedAt' | 'withdrawnAt',
  at: Date,
): Promise<void> {
  await payload.update({
    collection: 'consent-records',
    where: {
      and: [{ subscriber: { equals: subscriberId } }, { [field]: { exists: false } }, { withdrawnAt: { exists: false } }],
    },
    data: { [field]: at.toISOString() },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

export const recordConsentConfirmed = (payload: Payload, req: PayloadRequest, subscriberId: number, at: Date) =>
  fillOpenRecords(payload, req, subscriberId, 'confirmedAt', at)

export const recordConsentWithdrawn = (payload: Payload, req: PayloadRequest, subscriberId: number, at: Date) =>
  fillOpenRecords(payload, req, subscriberId, 'withdrawnAt', at)

// Erasure of these subscribers (an admin's, or the purge of unconfirmed sign-ups): a consent never
// confirmed proves nothing and must not be kept (DSGVO Art. 5(1)(e)), so it goes; the others are
// anonymised.
export async function eraseConsentRecords(payload: Payload, req: PayloadRequest, subscriberIds: number[], at: Date): Promise<void> {
  await deleteUnconfirmedConsent(payload, req, subscriberIds)
  await anonymiseConsentRecords(payload, req, subscriberIds, at)
}

export const deleteUnconfirmedConsent = (payload: Payload, req: PayloadRequest, subscriberIds: number[]) =>
  payload.db.deleteMany({
    collection: 'consent-records',
    where: { and: [{ subscriber: { in: subscriberIds } }, { confirmedAt: { exists: false } }] },
    req,
  })

// The records of these subscribers
// lose everything that points to a person — the subscriber link and the IP hash — and keep
// only the anonymous facts that prove the consent procedure was followed.
export const anonymiseConsentRecords = (payload: Payload, req: PayloadRequest, subscriberIds: number[], at: Date) =>
  payload.update({
    collection: 'consent-records',
    where: { subscriber: { in: subscriberIds } },
    data: { subscriber: null, ipHash: null, erasedAt: at.toISOString() },
    overrideAccess: true,
    depth: 0,
    context: { consentErasure: true },
    req,
  })

// A pseudonym of the address: whoever names their address can be matched to their consent history,
// but the address cannot be read back from it.
export const hashSubject = (secret: string, email: string) => createHmac('sha256', `consent-subject:${secret}`).update(email).digest('hex')

// The end of the retention period after a withdrawal (newsletter/retention.ts): the records keep
// what proves the consent history — notice and its text, language, times, the IP's HMAC — and
// point to the person only through the address's HMAC.
export const pseudonymiseConsentRecords = (payload: Payload, req: PayloadRequest, subscriber: { id: number; subjectHash: string }, at: Date) =>
  payload.update({
    collection: 'consent-records',
    where: { subscriber: { equals: subscriber.id } },
    data: { subscriber: null, subjectHash: subscriber.subjectHash, erasedAt: at.toISOString() },
    overrideAccess: true,
    depth: 0,
    context: { consentErasure: true },
    req,
  })
