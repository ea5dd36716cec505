import { createHmac } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import type { Locale } from '../i18n/locales'

// The append-only proof of consent (collections/ConsentRecords.ts). Records are created when
// consent is given; later facts (confirmed, withdrawn) are filled in once and never rewritten.

// Which privacy notice the reader agreed to (lib/content/queries/newsletter.ts finds it).
export interface NoticeConsented {
  version: string
  hash: string
}

// A salted HMAC: the address cannot be read back, only matched against one already known.
export function hashIp(secret: string, ip: string | null): string | null {
  if (!ip) return null
  return createHmac('sha256', `consent-ip:${secret}`).update(ip).digest('hex')
}

interface Given {
  subscriberId: number
  locale: Locale
  notice: NoticeConsented
  ipHash: string | null
  at: Date
}

export async function recordConsentGiven(payload: Payload, req: PayloadRequest, given: Given): Promise<void> {
  await payload.create({
    collection: 'consent-records',
    data: {
      subscriber: given.subscriberId,
      purpose: 'newsletter',
      language: given.locale,
      noticeVersion: given.notice.version,
      noticeHash: given.notice.hash,
      givenAt: given.at.toISOString(),
      ipHash: given.ipHash,
    },
    overrideAccess: true,
    // Nothing reads the created record back; depth 2 (the default) fetched its subscriber.
    depth: 0,
    req,
  })
}

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

// Erasure (an admin's, or the purge of unconfirmed sign-ups): the records of these subscribers
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
