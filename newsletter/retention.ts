import type { Payload } from 'payload'
import { inTransaction } from '../lib/db/inTransaction'
import { requireSecret, settings } from '../lib/env'
import { deleteUnconfirmedConsent, hashSubject, pseudonymiseConsentRecords } from './ledger'
import { newsletterWrites } from './writeContext'

const DAY_MS = 24 * 60 * 60 * 1000

// After a withdrawal (unsubscribe, or suppression by the relay) the address is kept for
// NEWSLETTER_RETENTION_DAYS — long enough to answer the reader's questions and objections about it
// (Art. 12(3) DSGVO gives one month) — and then erased (Art. 5(1)(e), 17(1)(b)). What proves the
// consent history stays, pseudonymised (newsletter/ledger.ts). A reader who signed up again
// (pending or confirmed) is not touched. Runs with the hourly purge (newsletter/purgeTask.ts) and
// `npm run newsletter:purge`.
export async function eraseAfterWithdrawal(
  payload: Payload,
  now = new Date(),
  retentionDays = settings().NEWSLETTER_RETENTION_DAYS,
): Promise<{ erased: number }> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString()
  const erased = await inTransaction(payload, async (req) => {
    const { docs } = await payload.find({
      collection: 'subscribers',
      where: {
        and: [
          { status: { in: ['unsubscribed', 'suppressed'] } },
          { or: [{ unsubscribedAt: { less_than: cutoff } }, { suppressedAt: { less_than: cutoff } }] },
        ],
      },
      depth: 0,
      pagination: false,
      select: { email: true },
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) return 0
    const ids = docs.map((doc) => doc.id)
    // A consent never confirmed proves nothing and is not kept.
    await deleteUnconfirmedConsent(payload, req, ids)
    for (const doc of docs) {
      await pseudonymiseConsentRecords(payload, req, { id: doc.id, subjectHash: hashSubject(requireSecret(), doc.email) }, now)
    }
    await payload.delete({ collection: 'subscribers', where: { id: { in: ids } }, overrideAccess: true, depth: 0, req })
    return ids.length
  }, newsletterWrites)
  return { erased }
}
