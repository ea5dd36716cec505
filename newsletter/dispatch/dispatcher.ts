import type { Payload } from 'payload'
import { dispatcherContext } from '../../collections/NewsletterIssues/guardStatus'
import pg from 'pg'
import { requireDatabaseUrl } from '../../lib/env'
import { claimDeliveries, dueScheduledIssues, finishedIssues, markFailed, markSent, reclaimStale, type ClaimedDelivery } from './claims'
import { holdLivenessLock } from './livenessLock'
import { createPacer } from './pacer'

export interface DispatcherOptions {
  payload: Payload
  // Resolves once the SMTP server accepted the mail for this delivery; rejects otherwise.
  deliver: (delivery: ClaimedDelivery) => Promise<void>
  onIssueSent?: (issueId: number) => void
  rate: number
  concurrency: number
  leaseSeconds: number
  idleMs?: number
  housekeepingMs?: number
  databaseUrl?: string
}

const maxAttempts = 5

// SMTP 5xx is permanent (the address or the mail is refused); anything else — 4xx, a lost
// connection, a timeout — is tried again after a back-off.
function retryDelay(error: unknown, attempts: number): number | null {
  const code = (error as { responseCode?: unknown }).responseCode
  if (typeof code === 'number' && code >= 500) return null
  if (attempts >= maxAttempts) return null
  return 30 * 2 ** (attempts - 1)
}

const describe = (error: unknown) => {
  const code = (error as { responseCode?: unknown }).responseCode
  const kind = (error as { code?: unknown }).code
  return [typeof code === 'number' ? `SMTP ${code}` : null, typeof kind === 'string' ? kind : null].filter(Boolean).join(' ') || 'send failed'
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Sends the deliveries of every issue that is `sending`, at `rate` mails a second with up to
// `concurrency` on the wire, until stopped. Each mail is claimed (pending → sending, one
// statement, SKIP LOCKED) just before it is handed to SMTP and settled (→ sent) the moment the
// server accepts it. Several dispatchers may run at once; each takes other rows.
export function startDispatcher(options: DispatcherOptions) {
  const { payload, deliver, concurrency, leaseSeconds } = options
  // A pool of its own: marking a mail sent the moment the server took it must not wait behind
  // Payload's queries (that wait is the window in which a crash leaves a mail in doubt).
  const pool = new pg.Pool({ connectionString: options.databaseUrl ?? requireDatabaseUrl(), max: concurrency + 2 })
  pool.on('error', (error) => payload.logger.error({ msg: 'newsletter dispatcher: database connection lost', err: error }))
  const pacer = createPacer(options.rate)
  const idleMs = options.idleMs ?? 500
  const housekeepingMs = options.housekeepingMs ?? 1000
  const inFlight = new Set<Promise<void>>()
  const claimBatch = Math.max(1, Math.floor(concurrency / 4))
  let stopping = false
  let lastHousekeeping = 0

  async function housekeeping() {
    lastHousekeeping = Date.now()
    const reclaimed = await reclaimStale(pool, leaseSeconds)
    if (reclaimed > 0) payload.logger.warn({ msg: 'newsletter deliveries reclaimed from a stopped worker', count: reclaimed })
    for (const id of await dueScheduledIssues(pool)) {
      await payload.update({ collection: 'newsletter-issues', id, data: { status: 'sending' }, context: dispatcherContext, overrideAccess: true, depth: 0 })
    }
    for (const id of await finishedIssues(pool)) {
      await payload.update({
        collection: 'newsletter-issues',
        id,
        data: { status: 'sent', sentAt: new Date().toISOString() },
        context: dispatcherContext,
        overrideAccess: true,
        depth: 0,
      })
      options.onIssueSent?.(id)
    }
  }

  async function send(delivery: ClaimedDelivery, worker: string) {
    try {
      await deliver(delivery)
    } catch (error) {
      const retry = retryDelay(error, delivery.attempts)
      payload.logger.warn({ msg: 'newsletter delivery failed', delivery: delivery.id, error: describe(error), retry })
      await markFailed(pool, delivery.id, worker, describe(error), retry)
      return
    }
    await markSent(pool, delivery.id, worker)
  }

  async function loop() {
    while (!stopping) {
      let liveness: Awaited<ReturnType<typeof holdLivenessLock>>
      try {
        liveness = await holdLivenessLock(options.databaseUrl ?? requireDatabaseUrl())
      } catch (error) {
        payload.logger.error({ msg: 'newsletter dispatcher cannot reach the database', err: error })
        await sleep(idleMs * 4)
        continue
      }
      try {
        await work(liveness.worker, () => liveness.lost)
      } finally {
        await liveness.release()
      }
    }
  }

  async function work(worker: string, lockLost: () => boolean) {
    while (!stopping) {
      if (lockLost()) {
        payload.logger.error({ msg: 'newsletter dispatcher lost its liveness lock: it stops claiming' })
        break
      }
      try {
        if (Date.now() - lastHousekeeping >= housekeepingMs) await housekeeping()
        // Claims are taken a few at a time: one statement per mail was the send's limit.
        const free = concurrency - inFlight.size
        if (free < claimBatch && inFlight.size > 0) {
          await Promise.race(inFlight)
          continue
        }
        const wait = pacer.wait()
        if (wait > 0) {
          await sleep(wait)
          continue
        }
        const granted = pacer.take(free)
        const claimed = await claimDeliveries(pool, worker, granted)
        if (claimed.length === 0) {
          await sleep(idleMs)
          continue
        }
        for (const delivery of claimed) {
          const job: Promise<void> = send(delivery, worker)
            .catch((error: unknown) => payload.logger.error({ msg: 'newsletter delivery not settled', delivery: delivery.id, err: error }))
            .finally(() => inFlight.delete(job))
          inFlight.add(job)
        }
      } catch (error) {
        // The database away, a query failing: wait and go on; nothing claimed is lost (the lease).
        payload.logger.error({ msg: 'newsletter dispatcher error', err: error })
        await sleep(idleMs * 4)
      }
    }
    await Promise.allSettled([...inFlight])
  }

  const done = loop().finally(() => pool.end())
  return {
    done,
    // Finishes the mails on the wire, takes no new ones.
    async stop() {
      stopping = true
      await done
    },
  }
}
