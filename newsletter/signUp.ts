import type { Payload } from 'payload'
import { requireSecret } from '../lib/env'
import { currentNotice } from './currentNotice'
import { hashIp } from './ledger'
import { mailboxOf } from './mailbox'
import { spendInOrder, type Budget, type RateVerdict } from './rateLimit'
import { register } from './registration'
import type { SignUpInput } from './schema'

export interface SignUpContext {
  ip: string | null
  now?: Date
}

// Every accepted sign-up answers 'accepted' — new, pending, confirmed or unsubscribed alike —
// so the answer never tells whether an address is known.
export type SignUpOutcome = { status: 'accepted' } | { status: 'rate-limited'; retryAfterSeconds: number }

// `input` was checked at the boundary (newsletter/submitSignUp.ts); nothing here checks it again.
export async function signUp(payload: Payload, input: SignUpInput, context: SignUpContext): Promise<SignUpOutcome> {
  const ip: [Budget, string] = ['ip', context.ip ?? 'unknown']
  // Bots fill the hidden field: they spend their IP's budget and hear the usual answer, and
  // nothing is written or sent.
  if (input.website) return outcomeOf(await spendInOrder(payload, [ip]))
  // One mailbox under many spellings, many mailboxes of one domain, many domains at once.
  const { mailbox, domain } = mailboxOf(input.email)
  const verdict = await spendInOrder(payload, [ip, ['mailbox', mailbox], ['domain', domain], ['global', '']])
  if (!verdict.ok) return outcomeOf(verdict)

  // The confirmation mail is queued in the sign-up's own transaction (newsletter/registration.ts,
  // lib/mail/outbox/): the answer never waits for SMTP, and a known address and a new one take
  // the same statements' time.
  const now = context.now ?? new Date()
  const notice = await currentNotice(payload, input.locale)
  await register(payload, { input, notice, ipHash: hashIp(requireSecret(), context.ip), now })
  return { status: 'accepted' }
}

const outcomeOf = (verdict: RateVerdict): SignUpOutcome =>
  verdict.ok ? { status: 'accepted' } : { status: 'rate-limited', retryAfterSeconds: verdict.retryAfterSeconds }
