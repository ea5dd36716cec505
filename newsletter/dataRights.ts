import type { Payload } from 'payload'
import { inTransaction } from '../lib/db/inTransaction'
import { eraseConsentRecords } from './ledger'
import { newsletterWrites } from './writeContext'

// DSGVO Art. 15/20 (access, portability) and Art. 17 (erasure) for one subscriber.

export async function exportSubscriberData(payload: Payload, id: number) {
  const subscriber = await payload.findByID({ collection: 'subscribers', id, depth: 1, overrideAccess: true, disableErrors: true })
  if (!subscriber) return null
  const { docs: records } = await payload.find({
    collection: 'consent-records',
    where: { subscriber: { equals: id } },
    // The notice's text comes along with each record.
    depth: 1,
    pagination: false,
    sort: 'givenAt',
    overrideAccess: true,
  })
  return {
    exportedAt: new Date().toISOString(),
    subscriber: {
      email: subscriber.email,
      status: subscriber.status,
      locale: subscriber.locale,
      interests: (subscriber.interests ?? []).map((area) => (typeof area === 'object' ? { id: area.id, title: area.title } : { id: area })),
      createdAt: subscriber.createdAt,
      confirmedAt: subscriber.confirmedAt ?? null,
      unsubscribedAt: subscriber.unsubscribedAt ?? null,
      suppressedAt: subscriber.suppressedAt ?? null,
      suppressionReason: subscriber.suppressionReason ?? null,
    },
    consentRecords: records.map((record) => ({
      purpose: record.purpose,
      language: record.language,
      noticeVersion: record.noticeVersion,
      noticeHash: record.noticeHash,
      noticeText: typeof record.noticeCopy === 'object' && record.noticeCopy ? { title: record.noticeCopy.title, text: record.noticeCopy.text } : null,
      givenAt: record.givenAt,
      confirmedAt: record.confirmedAt ?? null,
      withdrawnAt: record.withdrawnAt ?? null,
    })),
  }
}

// Erasure deletes the subscriber (address, language, interests, token) and any consent never
// confirmed. Confirmed consent records lose
// everything that points to a person — the subscriber link and the IP hash — and keep only the
// anonymous facts (notice version and hash, language, times), which no longer identify anyone:
// they document that the consent procedure was followed, as Art. 7(1) and 5(2) expect.
export async function eraseSubscriber(payload: Payload, id: number, now = new Date()): Promise<boolean> {
  return inTransaction(payload, async (req) => {
    const subscriber = await payload.findByID({ collection: 'subscribers', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!subscriber) return false
    await eraseConsentRecords(payload, req, [id], now)
    await payload.delete({ collection: 'subscribers', id, overrideAccess: true, depth: 0, req })
    return true
  }, newsletterWrites)
}
