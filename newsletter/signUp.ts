import type { Payload } from 'payload'
import { requireSecret, settings } from '../lib/env'
import { hashIp } from './ledger'
import { mailboxOf } from './mailbox'
import { spendInOrder, type Budget, type RateVerdict } from './rateLimit'
import { register, type RegistrationResult } from './registration'
import type { SignUpInput } from './schema'
import { factsAt, lastKnownFacts, readFactsState, type SignUpFacts } from './signUpFacts'

export interface SignUpContext {
  ip: string | null
  now?: Date
}

// Every accepted sign-up answers 'accepted' — new, pending, confirmed or unsubscribed alike —
// so the answer never tells whether an address is known. 'unknown-interest': an interest names
// no workplan area the public can see (the form offers no others).
export type SignUpOutcome =
  | { status: 'accepted' }
  | { status: 'rate-limited'; retryAfterSeconds: number }
  | { status: 'unknown-interest' }

// How often a sign-up is made again when the notice or the areas changed under it: each change
// is an editor's publish, so a second one within a sign-up is rare and a third rarer still.
const ATTEMPTS = 3

// `input`'s shape was checked at the boundary (newsletter/submitSignUp.ts). Whether its interests
// are offered is checked here, against the facts the sign-up's statement checks in turn.
export async function signUp(payload: Payload, input: SignUpInput, context: SignUpContext): Promise<SignUpOutcome> {
  let facts = await lastKnownFacts(payload)
  if (!(await facts.offersInterests(input.interests))) {
    // Refused only by facts read now: an area published a moment ago is offered.
    facts = factsAt(payload, await readFactsState(payload))
    if (!(await facts.offersInterests(input.interests))) return { status: 'unknown-interest' }
  }
  const ip: [Budget, string] = ['ip', context.ip ?? 'unknown']
  // Bots fill the hidden field: they spend their IP's budget and hear the usual answer, and
  // nothing is written or sent.
  if (input.website) return outcomeOf(await spendInOrder(payload, [ip]))
  // One mailbox under many spellings, many mailboxes of one domain, many domains at once.
  const { mailbox, domain } = mailboxOf(input.email)
  let budgets: [Budget, string][] = [ip, ['mailbox', mailbox], ['domain', domain], ['global', '']]
  if (settings().REDIS_URL) {
    const verdict = await spendInOrder(payload, budgets)
    if (!verdict.ok) return outcomeOf(verdict)
    budgets = []
  }

  // The confirmation mail is queued in the sign-up's own statement (newsletter/registration.ts,
  // lib/mail/outbox/): the answer never waits for SMTP, and a known address and a new one take
  // the same statement's time.
  const now = context.now ?? new Date()
  const ipHash = hashIp(requireSecret(), context.ip)
  for (let attempt = 1; ; attempt++) {
    const result = await registerWith(payload, facts, { input, ipHash, now, budgets })
    if (result.status !== 'stale') return result.status === 'registered' ? { status: 'accepted' } : result
    if (attempt === ATTEMPTS) throw new Error('newsletter: the privacy notice or the workplan areas kept changing during a sign-up')
    facts = factsAt(payload, result.state)
    if (!(await facts.offersInterests(input.interests))) return { status: 'unknown-interest' }
  }
}

async function registerWith(
  payload: Payload,
  facts: SignUpFacts,
  registration: { input: SignUpInput; ipHash: string | null; now: Date; budgets: [Budget, string][] },
): Promise<RegistrationResult> {
  const notice = await facts.notice(registration.input.locale)
  return register(payload, { ...registration, factsState: facts.state, notice })
}

const outcomeOf = (verdict: RateVerdict): SignUpOutcome =>
  verdict.ok ? { status: 'accepted' } : { status: 'rate-limited', retryAfterSeconds: verdict.retryAfterSeconds }
