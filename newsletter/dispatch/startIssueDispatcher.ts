import type { Payload } from 'payload'
import { settings } from '../../lib/env'
import { startDispatcher } from './dispatcher'
import { createIssueMailer } from './issueMailer'

// The dispatcher with the settings of lib/env.ts and the shared mail layout and transport; the
// mail worker (lib/mail/outbox/worker.ts) runs it, so `npm run worker`, `npm run dev` and the
// e2e harness send issues as they send every other mail.
export function startIssueDispatcher(payload: Payload, overrides: { housekeepingMs?: number; idleMs?: number } = {}) {
  const env = settings()
  const mailer = createIssueMailer(payload)
  return startDispatcher({
    payload,
    deliver: mailer.deliver,
    onIssueSent: mailer.forget,
    rate: env.NEWSLETTER_SEND_RATE,
    concurrency: env.NEWSLETTER_SEND_CONCURRENCY,
    leaseSeconds: env.NEWSLETTER_CLAIM_LEASE_SECONDS,
    ...overrides,
  })
}
