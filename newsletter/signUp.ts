import { randomBytes } from 'node:crypto'
import { ValidationError, type Payload, type PayloadRequest } from 'payload'
import { findPrivacyNotice } from '../lib/content/queries/newsletter'
import { inTransaction } from '../lib/db/inTransaction'
import { databasePool } from '../lib/db/pool'
import { requireSecret } from '../lib/env'
import { enqueueMail } from '../lib/mail/outbox/enqueueMail'
import type { Subscriber } from '../payload-types'
import { hashIp, noticeConsented, recordConsentGiven, type NoticeConsented } from './ledger'
import { mailboxOf } from './mailbox'
import { spend, type Budget } from './rateLimit'
import { signUpMayMail } from './suppression'
import type { SignUpInput } from './schema'
import { CONFIRMATION_TTL_MS } from './tokens'
import { newsletterWrites } from './writeContext'

// A pending address gets at most one new mail per interval, however often it is entered.
export const RESEND_INTERVAL_MS = 10 * 60 * 1000

export interface SignUpContext {
  ip: string | null
  now?: Date
}

// Every accepted sign-up answers 'accepted' — new, pending, confirmed or unsubscribed alike —
// so the answer never tells whether an address is known.
export type SignUpOutcome = { status: 'accepted' } | { status: 'rate-limited'; retryAfterSeconds: number }

// `input` was checked at the boundary (newsletter/submitSignUp.ts); nothing here checks it again.
export async function signUp(payload: Payload, input: SignUpInput, context: SignUpContext): Promise<SignUpOutcome> {
  const ipVerdict = await spend(payload, 'ip', context.ip ?? 'unknown')
  if (!ipVerdict.ok) return { status: 'rate-limited', retryAfterSeconds: ipVerdict.retryAfterSeconds }
  // Bots fill the hidden field: they hear the usual answer and nothing is written or sent.
  if (input.website) return { status: 'accepted' }
  // One mailbox under many spellings, many mailboxes of one domain, many domains at once.
  const { mailbox, domain } = mailboxOf(input.email)
  const budgets: [Budget, string][] = [['mailbox', mailbox], ['domain', domain], ['global', '']]
  for (const [budget, value] of budgets) {
    const verdict = await spend(payload, budget, value)
    if (!verdict.ok) return { status: 'rate-limited', retryAfterSeconds: verdict.retryAfterSeconds }
  }

  // The confirmation mail is queued in the sign-up's own transaction (newsletter/mails/,
  // lib/mail/outbox/): the answer never waits for SMTP, and a known address and a new one take
  // the same few queries' time.
  await register(payload, input, context.ip, context.now ?? new Date())
  return { status: 'accepted' }
}

// Two sign-ups of one new address may race; the unique index lets one insert win, the loser's
// transaction rolls back whole, and its second round finds the row like any known address.
async function register(payload: Payload, input: SignUpInput, ip: string | null, now: Date): Promise<void> {
  for (let round = 0; ; round++) {
    const existing = await findByEmail(payload, input.email)
    try {
      if (!existing) {
        const notice = await noticeFor(payload, input)
        return await inTransaction(payload, (req) => write(payload, req, input, ip, now, null, notice), newsletterWrites)
      }
      if (!signUpMayMail(existing)) return await rehearse(payload, input, ip, now)
      const claim = await claimMail(payload, existing.id, now)
      if (!claim.claimed) return await rehearse(payload, input, ip, now)
      try {
        const notice = existing.status === 'pending' ? null : await noticeFor(payload, input)
        return await inTransaction(payload, (req) => write(payload, req, input, ip, now, existing, notice), newsletterWrites)
      } catch (error) {
        await releaseMail(payload, existing.id, claim.previous)
        throw error
      }
    } catch (error) {
      if (round < 3 && isUniqueViolation(error)) continue
      throw error
    }
  }
}

// A sign-up that changes nothing (a confirmed address, a pending one mailed moments ago) does the
// work of one that does — the same reads, the same writes in a transaction, the mail queued —
// and rolls it back. Without this a confirmed address answered in half the time of a new one
// (measured 51 ms against 124 ms at the median), and the time told what the answer hides.
// The rehearsal writes a stand-in address, so it takes the new address's path exactly.
async function rehearse(payload: Payload, input: SignUpInput, ip: string | null, now: Date): Promise<void> {
  const notice = await noticeFor(payload, input)
  const standIn = { ...input, email: `rehearsal-${randomBytes(8).toString('hex')}@rehearsal.invalid` }
  try {
    await inTransaction(
      payload,
      async (req) => {
        await write(payload, req, standIn, ip, now, null, notice)
        throw rehearsed
      },
      newsletterWrites,
    )
  } catch (error) {
    if (error !== rehearsed) throw error
  }
}
const rehearsed = new Error('rehearsal rolled back')

const isUniqueViolation = (error: unknown) =>
  error instanceof ValidationError && error.data.errors.some((item) => item.path === 'email')

async function write(
  payload: Payload,
  req: PayloadRequest,
  input: SignUpInput,
  ip: string | null,
  now: Date,
  existing: Subscriber | null,
  notice: Notice | null,
): Promise<void> {
  // No token yet: the worker mints it when it sends the mail and stores only its hash
  // (newsletter/mails/confirmationMail.tsx); a pending reader's earlier link works until then.
  // The deadline is set now, so a sign-up whose mail never goes out is purged all the same
  // (newsletter/purge.ts); the worker moves it on when it sends.
  const fields = {
    status: 'pending' as const,
    locale: input.locale,
    interests: input.interests,
    tokenExpiresAt: new Date(now.getTime() + CONFIRMATION_TTL_MS).toISOString(),
    lastMailSentAt: now.toISOString(),
  }
  const subscriber = existing
    ? await payload.update({ collection: 'subscribers', id: existing.id, data: fields, overrideAccess: true, depth: 0, req })
    : await payload.create({ collection: 'subscribers', data: { email: input.email, ...fields }, overrideAccess: true, depth: 0, req })

  // A pending re-send keeps the consent already recorded; a new or returning reader gives it anew.
  if (notice) {
    await recordConsentGiven(payload, req, {
      subscriberId: subscriber.id,
      locale: input.locale,
      notice,
      ipHash: hashIp(requireSecret(), ip),
      at: now,
    })
  }
  await enqueueMail(req, {
    template: 'confirmation',
    locale: input.locale,
    props: { subscriberId: subscriber.id },
    // A mail still waiting for this reader is replaced (its language may have changed), not doubled.
    key: `confirmation:${subscriber.id}`,
  })
}

type Notice = NoticeConsented

// The notice the consent box linked to, read by the same query that built the link — before the
// transaction opens: a read on another connection while the transaction holds one made ten
// parallel sign-ups wait for each other's connections forever (the pool holds ten).
const noticeFor = async (payload: Payload, input: SignUpInput): Promise<Notice> =>
  noticeConsented(payload, await findPrivacyNotice(payload, input.locale))

async function findByEmail(payload: Payload, email: string): Promise<Subscriber | undefined> {
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]
}

// The right to send the next mail is claimed in one conditional UPDATE: PostgreSQL re-checks
// the condition under the row lock, so of many parallel sign-ups of one address only one wins.
async function claimMail(payload: Payload, id: number, now: Date): Promise<{ claimed: boolean; previous: unknown }> {
  const due = new Date(now.getTime() - RESEND_INTERVAL_MS)
  const { rows } = await databasePool(payload).query(
    `UPDATE subscribers AS s SET last_mail_sent_at = $1
       FROM (SELECT id, last_mail_sent_at FROM subscribers WHERE id = $2 FOR UPDATE) AS before
      WHERE s.id = before.id AND (s.last_mail_sent_at IS NULL OR s.last_mail_sent_at <= $3)
      RETURNING before.last_mail_sent_at AS previous`,
    [now, id, due],
  )
  return { claimed: rows.length === 1, previous: rows[0]?.previous ?? null }
}

async function releaseMail(payload: Payload, id: number, previous: unknown): Promise<void> {
  await databasePool(payload).query('UPDATE subscribers SET last_mail_sent_at = $1 WHERE id = $2', [previous, id])
}
