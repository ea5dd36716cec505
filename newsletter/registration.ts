import type { Payload } from 'payload'
import { databasePool } from '../lib/db/pool'
import { addJobArguments } from '../lib/mail/outbox/enqueueMail'
import type { NoticeConsented } from './ledger'
import type { SignUpInput } from './schema'
import { statusesNotMailedOnSignUp } from './suppression'
import { CONFIRMATION_TTL_MS } from './tokens'

// A pending address gets at most one new mail per interval, however often it is entered.
export const RESEND_INTERVAL_MS = 10 * 60 * 1000

export interface Registration {
  input: SignUpInput
  notice: NoticeConsented
  ipHash: string | null
  now: Date
}

// 'new': a row was created; 'mailed-again': a pending or unsubscribed reader asked anew and gets
// a mail; 'rehearsed': nothing may change (confirmed, suppressed, mailed moments ago).
export type RegistrationOutcome = 'new' | 'mailed-again' | 'rehearsed'

// One sign-up's writes — the subscriber, its interests, the consent record and the confirmation
// mail in the outbox — as one call of the SQL function `newsletter_register` (migration
// 20261202_190000_sign_up_function: one statement, one transaction, one round trip).
// Why not Payload's Local API: its create and update ran the whole field pipeline and read each
// row back — some 20 ms of CPU and a dozen queries a sign-up, which held 50 sign-ups in flight
// to 25 a second (bench:signup); none of those steps applies here (the input was checked at the
// boundary, the subscriber's hooks let the newsletter's own writes through, nothing revalidates).
// The rules stay here and in their modules: the resend interval, the statuses never mailed on a
// sign-up (newsletter/suppression.ts), the confirmation deadline, the outbox's job.
// No token is written: the worker mints it when it sends the mail and stores only its hash
// (newsletter/mails/confirmationMail.tsx); a pending reader's earlier link works until then.
// The deadline is set now, so a sign-up whose mail never goes out is purged all the same.
export async function register(payload: Payload, { input, notice, ipHash, now }: Registration): Promise<RegistrationOutcome> {
  const [task, job, , maxAttempts] = addJobArguments({ template: 'confirmation', locale: input.locale, props: { subscriberId: 0 } })
  const { rows } = await databasePool(payload).query<{ outcome: RegistrationOutcome }>(
    `SELECT newsletter_register($1, $2, $3::int[], $4, $5, $6, $7::text[], $8, $9, $10, $11, $12, $13::json, $14) AS outcome`,
    [
      input.email,
      input.locale,
      input.interests,
      now,
      new Date(now.getTime() + CONFIRMATION_TTL_MS),
      new Date(now.getTime() - RESEND_INTERVAL_MS),
      statusesNotMailedOnSignUp,
      notice.version,
      notice.hash,
      notice.copyId,
      ipHash,
      task,
      job,
      maxAttempts,
    ],
  )
  return rows[0].outcome
}
