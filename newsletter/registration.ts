import type { Payload } from 'payload'
import { databasePool } from '../lib/db/pool'
import { outboxRow } from '../lib/mail/outbox/enqueueMail'
import type { NoticeConsented } from './ledger'
import { budgetSpending, type Budget, type SpentBudget } from './rateLimit'
import type { SignUpInput } from './schema'
import { factsStateSql } from './signUpFacts'
import { statusesNotMailedOnSignUp } from './suppression'
import { CONFIRMATION_TTL_MS } from './tokens'

// A pending address gets at most one new mail per interval, however often it is entered.
export const RESEND_INTERVAL_MS = 10 * 60 * 1000

export interface Registration {
  input: SignUpInput
  // The facts the sign-up was made against, and the notice among them in the reader's language.
  factsState: string
  notice: NoticeConsented
  ipHash: string | null
  now: Date
  // The rate-limit budgets still to spend, in order (none when Redis holds them: newsletter/rateLimit.ts).
  budgets: [Budget, string][]
}

// 'new': a row was created; 'mailed-again': a pending or unsubscribed reader asked anew and gets
// a mail; 'rehearsed': nothing may change (confirmed, suppressed, mailed moments ago).
export type RegistrationOutcome = 'new' | 'mailed-again' | 'rehearsed'

// 'stale': the facts changed since they were read (newsletter/signUpFacts.ts); nothing was
// written or spent, and `state` is theirs now.
export type RegistrationResult =
  | { status: 'registered'; outcome: RegistrationOutcome }
  | { status: 'rate-limited'; retryAfterSeconds: number }
  | { status: 'stale'; state: string }

// One sign-up as one statement, one transaction, one round trip: the check that the notice and
// the offered interests are those the sign-up was made against, the rate-limit budgets in turn,
// then — only if all of that passed — the subscriber, its interests, the consent record and the
// confirmation mail in the outbox, written by the SQL function `newsletter_register` (migrations
// 20261202_190000_sign_up_function, 20261207_180000_mail_outbox). It replaced four statements
// with a commit each: one sign-up alone answers in 8 ms where it took 11, and bench:signup went
// from 83–166 to 143–200 a second.
// The price: the budget rows it spends stay locked until the statement commits; the budgets
// every sign-up shares are therefore kept in several rows (newsletter/rateLimit.ts).
// Why not Payload's Local API for the writes: its create and update ran the whole field pipeline
// and read each row back — some 20 ms of CPU and a dozen queries a sign-up; none of those steps
// applies here (the input was checked at the boundary, the subscriber's hooks let the
// newsletter's own writes through, nothing revalidates).
// The rules stay here and in their modules: the resend interval, the statuses never mailed on a
// sign-up (newsletter/suppression.ts), the confirmation deadline, the outbox's row, the budgets
// (newsletter/rateLimit.ts).
// No token is written: the worker mints it when it sends the mail and stores only its hash
// (newsletter/mails/confirmationMail.tsx); a pending reader's earlier link works until then.
// The deadline is set now, so a sign-up whose mail never goes out is purged all the same.
export async function register(payload: Payload, registration: Registration): Promise<RegistrationResult> {
  const { input, factsState, notice, ipHash, now, budgets } = registration
  // The row's key and subscriber id are the function's to set: it knows the id.
  const mail = outboxRow({ template: 'confirmation', locale: input.locale, props: { subscriberId: 0 } })
  const values: unknown[] = [factsState]
  const fresh = '(SELECT state FROM facts) = $1'
  const spending = budgetSpending(budgets, values, fresh)
  // newsletter_register's arguments in its order, each with the cast its parameter needs.
  const args: [unknown, string][] = [
    [input.email, ''],
    [input.locale, ''],
    [input.interests, '::int[]'],
    [now, ''],
    [new Date(now.getTime() + CONFIRMATION_TTL_MS), ''],
    [new Date(now.getTime() - RESEND_INTERVAL_MS), ''],
    [statusesNotMailedOnSignUp, '::text[]'],
    [notice.version, ''],
    [notice.hash, ''],
    [notice.copyId, ''],
    [ipHash, ''],
    [mail.task, ''],
    [mail.payload, '::json'],
    [mail.maxAttempts, ''],
  ]
  const placeholders = args.map(([value, cast]) => `$${values.push(value)}${cast}`)
  // Named, so each connection parses and plans it once: the text depends on the number of
  // budgets only (their values are parameters).
  const { rows } = await databasePool(payload).query<{ state: string; spent: SpentBudget[]; outcome: RegistrationOutcome | null }>({
    name: `newsletter-sign-up-${spending.count}`,
    // The budgets' CTEs run before the CASE decides: its condition reads their rows.
    text: `WITH ${[`facts AS MATERIALIZED (SELECT ${factsStateSql} AS state)`, spending.steps, `spent AS (${spending.rows})`].filter(Boolean).join(', ')}
     SELECT (SELECT state FROM facts) AS state,
       (SELECT coalesce(json_agg(spent), '[]') FROM spent) AS spent,
       CASE WHEN ${fresh} AND (SELECT count(*) FROM spent WHERE points <= lim) = ${spending.count}
         THEN newsletter_register(${placeholders.join(', ')}) END AS outcome`,
    values,
  })
  const [row] = rows
  if (row.outcome) return { status: 'registered', outcome: row.outcome }
  if (row.state !== factsState) return { status: 'stale', state: row.state }
  const verdict = spending.verdict(row.spent)
  if (verdict.ok) throw new Error('newsletter_register returned nothing')
  return { status: 'rate-limited', retryAfterSeconds: verdict.retryAfterSeconds }
}
