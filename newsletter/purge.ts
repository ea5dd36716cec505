import type { Payload } from 'payload'
import { clearExpiredRateLimits } from './rateLimit'
import { inTransaction } from '../lib/db/inTransaction'
import { eraseConsentRecords } from './ledger'
import { newsletterWrites } from './writeContext'

// Sign-ups never confirmed within the link's lifetime are deleted with their consent records:
// a consent that was never confirmed proves nothing and must not be kept (DSGVO Art. 5(1)(e)).
// Payload's jobs queue runs this hourly (newsletter/purgeTask.ts); `npm run newsletter:purge` too.
export async function purgeUnconfirmed(payload: Payload, now = new Date()): Promise<{ purged: number }> {
  const purged = await inTransaction(payload, async (req) => {
    const { docs } = await payload.find({
      collection: 'subscribers',
      where: { and: [{ status: { equals: 'pending' } }, { tokenExpiresAt: { less_than: now.toISOString() } }] },
      depth: 0,
      pagination: false,
      select: { status: true },
      overrideAccess: true,
      req,
    })
    const ids = docs.map((doc) => doc.id)
    if (ids.length === 0) return 0
    // Records of an earlier, confirmed and later withdrawn consent stay, anonymised.
    await eraseConsentRecords(payload, req, ids, now)
    await payload.delete({ collection: 'subscribers', where: { id: { in: ids } }, overrideAccess: true, depth: 0, req })
    return ids.length
  }, newsletterWrites)
  await clearExpiredRateLimits(payload)
  return { purged }
}
