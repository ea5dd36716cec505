// The outbox, for every mail the site sends (confirmation, newsletter issue, test send …).
//
//   await enqueueMail(req, { template: 'confirmation', locale, props: { subscriberId }, key: `confirmation:${id}` })
//
// `req` must be inside a transaction (a hook's req, or lib/db/inTransaction.ts): the job row is
// written on that transaction's connection, so the mail exists exactly when the change that
// causes it commits — a rollback leaves no mail, a commit never loses one. Nothing is rendered or
// sent here: the worker (lib/mail/outbox/worker.ts, `npm run worker`) renders the template from
// lib/mail/outbox/templates.ts outside any request and sends it, retrying temporary SMTP failures.
// `to` may be left out when the template finds the recipient itself at send time (the
// confirmation mail reads the subscriber's current address, so the queue holds no address).
// `key` (optional) dedupes: a waiting mail with the same key is replaced, not doubled.
// A new kind of mail: a `MailTemplate` (lib/mail/outbox/mailTemplate.ts; example:
// newsletter/mails/confirmationMail.tsx) registered in templates.ts. A mail to a newsletter
// reader returns `reader: { subscriberId }` from compose and gets the one-click unsubscribe,
// List-Id and the footer links of newsletter/readerLinks.ts (where the preferences link goes).
//
// The mail is a row of `mail_outbox`; the worker moves such rows into graphile-worker's queue
// (lib/mail/outbox/relay.ts says why the two steps) and sends them.
// Why graphile-worker (0.18) and not Payload's jobs queue or pg-boss: its queue is SQL
// (`graphile_worker.add_jobs`), so the relay moves rows into it in the transaction that deletes
// them (pg-boss needs its own adapter for that; Payload's queue writes through its own req); it
// claims jobs with FOR UPDATE SKIP LOCKED and deletes a job only when its task succeeded, so
// several workers never run one job at once (Payload's queue claims by find-then-update: not
// exactly-once); LISTEN/NOTIFY starts a new job within milliseconds; exponential back-off,
// max_attempts and job keys are built in.
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import type { Locale } from '../../../i18n/locales'
import { postgresAdapterOf } from '../../db/pool'
import { settings } from '../../env'
import type { MailTemplateName, MailTemplateProps } from './templates'

export const SEND_MAIL_TASK = 'send-mail'

export interface OutboxMail<Name extends MailTemplateName = MailTemplateName> {
  template: Name
  locale: Locale
  props: MailTemplateProps<Name>
  to?: string
  key?: string
  runAt?: Date
}

// What the queue stores; the worker reads it back (lib/mail/outbox/sendMailTask.ts).
export interface QueuedMail {
  template: MailTemplateName
  locale: Locale
  props: unknown
  to?: string
}

export async function enqueueMail<Name extends MailTemplateName>(req: PayloadRequest, mail: OutboxMail<Name>): Promise<void> {
  const transactionID = req.transactionID ? String(await req.transactionID) : undefined
  const session = transactionID ? postgresAdapterOf(req.payload).sessions?.[transactionID] : undefined
  if (!session) throw new Error('enqueueMail needs a req inside a transaction (lib/db/inTransaction.ts), or the mail could outlive a rollback')
  const row = outboxRow(mail)
  await session.db.execute(sql`
    INSERT INTO mail_outbox (task, payload, run_at, max_attempts, job_key)
    VALUES (${row.task}, ${row.payload}::json, ${row.runAt}::timestamptz, ${row.maxAttempts}, ${row.key})`)
}

// A mail's row in `mail_outbox` (also newsletter/registration.ts, whose SQL function writes the
// confirmation mail's row itself).
export function outboxRow(mail: OutboxMail) {
  const queued: QueuedMail = { template: mail.template, locale: mail.locale, props: mail.props, ...(mail.to ? { to: mail.to } : {}) }
  return {
    task: SEND_MAIL_TASK,
    payload: JSON.stringify(queued),
    runAt: mail.runAt?.toISOString() ?? null,
    maxAttempts: settings().MAIL_MAX_ATTEMPTS,
    key: mail.key ?? null,
  }
}
