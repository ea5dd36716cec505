import type { Payload } from 'payload'
import { databasePool } from '@/lib/db/pool'
import { mailboxOf } from '@/newsletter/mailbox'
import { budgetKey } from '@/newsletter/rateLimit'
import { register } from '@/newsletter/registration'
import { submitSignUp } from '@/newsletter/submitSignUp'
import { lastKnownFacts, readFactsState } from '@/newsletter/signUpFacts'
import { startPayload, stopPayload } from '../support/payload'
import { dropQueuedMails } from '../support/queuedMails'
import { subscriberByEmail, uniqueAddress, uniqueIp } from './support'

// The sign-up keeps the notice and the offered interests between sign-ups and its one statement
// checks they still hold (newsletter/signUpFacts.ts, newsletter/registration.ts): a change in the
// admin counts from the next sign-up on, never from the next restart.
let payload: Payload
const quiet = { disableRevalidate: true }

beforeAll(async () => {
  payload = await startPayload()
})
// No worker runs here: the confirmation mails this file queued are taken off the shared queue, or
// the next file's worker would have to send them all before its own.
const used: string[] = []
afterAll(async () => {
  const { rows } = await databasePool(payload).query<{ id: number }>('SELECT id FROM subscribers WHERE email = ANY($1)', [used])
  await dropQueuedMails(payload, rows.map((row) => `confirmation:${row.id}`))
  await stopPayload(payload)
})

function attempt(email: string, interests: number[] = []) {
  used.push(email)
  return submitSignUp(payload, { email, consent: true, locale: 'de', interests }, new Headers({ 'x-forwarded-for': uniqueIp() }))
}

async function newArea(title: string) {
  const dialogue = await payload.create({
    collection: 'dialogues',
    data: { title: `Dialog für ${title}`, partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' },
    context: quiet,
  })
  return payload.create({ collection: 'workplan-areas', data: { title, dialogue: dialogue.id, order: 1 }, context: quiet })
}

const budgetRows = async (email: string) => {
  const keys = [`nl-addr:${budgetKey('mailbox', mailboxOf(email).mailbox)}`]
  const { rows } = await databasePool(payload).query('SELECT key FROM newsletter_rate_limits WHERE key = ANY($1)', [keys])
  return rows.length
}

// First in this file: the facts are not read yet, and fifty sign-ups wait for one read.
test('fifty sign-ups at once, the first after a start, all get their answer and their row', async () => {
  const emails = Array.from({ length: 50 }, () => uniqueAddress())
  const answers = await Promise.all(emails.map((email) => attempt(email)))
  expect(answers.map((answer) => answer.outcome)).toEqual(emails.map(() => 'accepted'))
  const { rows } = await databasePool(payload).query('SELECT count(*)::int AS n FROM subscribers WHERE email = ANY($1)', [emails])
  expect(rows[0].n).toBe(50)
})

test('an area created after the facts were read is offered to the very next sign-up', async () => {
  expect((await attempt(uniqueAddress())).outcome).toBe('accepted')
  const area = await newArea('Daten')
  const email = uniqueAddress()
  expect((await attempt(email, [area.id])).outcome).toBe('accepted')
  const [subscriber] = await subscriberByEmail(payload, email)
  expect(subscriber.interests).toEqual([area.id])
})

test('an area deleted after the facts were read is refused at once, and nothing is written or spent', async () => {
  const area = await newArea('Netze')
  // The facts now hold the area, as offered.
  expect((await attempt(uniqueAddress(), [area.id])).outcome).toBe('accepted')
  await payload.delete({ collection: 'workplan-areas', id: area.id, context: quiet })

  const email = uniqueAddress()
  const answer = await attempt(email, [area.id])
  expect(answer.outcome).toBe('invalid')
  expect(answer.errors).toEqual({ interests: 'interests' })
  expect(await subscriberByEmail(payload, email)).toHaveLength(0)
  expect(await budgetRows(email)).toBe(0)
})

test('the statement made against facts that changed writes nothing, spends nothing, and names the facts’ state now', async () => {
  const facts = await lastKnownFacts(payload)
  const before = await readFactsState(payload)
  await newArea('Chips')
  const now = await readFactsState(payload)
  expect(now).not.toBe(before)

  const email = uniqueAddress()
  const result = await register(payload, {
    input: { email, consent: true, locale: 'de', interests: [], website: '' },
    factsState: before,
    notice: await facts.notice('de'),
    ipHash: null,
    now: new Date(),
    budgets: [['mailbox', mailboxOf(email).mailbox]],
  })
  expect(result).toEqual({ status: 'stale', state: now })
  expect(await subscriberByEmail(payload, email)).toHaveLength(0)
  expect(await budgetRows(email)).toBe(0)
})
