import { randomBytes } from 'node:crypto'
import { rereadSettings } from '@/lib/env'
import type { Payload } from 'payload'
import type { submitSignUp as SubmitSignUp } from '@/newsletter/submitSignUp'
import { startInbox } from './smtpInbox'
import { uniqueAddress, uniqueIp } from './support'

// Budgets beyond one IP and one mailbox, with small limits of this file's own instances (an
// instance reads the limits when it first counts). The global budget is one row shared with
// every other test file of the run, so only its refusals are certain here, and the domain test
// runs with a global limit nothing reaches.
let inbox: Awaited<ReturnType<typeof startInbox>>
let payload: Payload
let submitSignUp: typeof SubmitSignUp
let startPayload: () => Promise<Payload>
let stopPayload: (payload: Payload) => Promise<void>

beforeAll(async () => {
  inbox = await startInbox()
  Object.assign(process.env, { SMTP_URL: inbox.url, NEWSLETTER_LIMIT_PER_DOMAIN: '3', NEWSLETTER_LIMIT_GLOBAL: '1000000' })
  rereadSettings()
  const support = await import('../support/payload')
  payload = await support.startPayload()
  startPayload = support.startPayload
  stopPayload = support.stopPayload
  submitSignUp = (await import('@/newsletter/submitSignUp')).submitSignUp
})
afterAll(async () => {
  await stopPayload?.(payload)
  await inbox?.stop()
})

const attempt = (email: string, on = payload) =>
  submitSignUp(on, { email, consent: true, locale: 'de' }, new Headers({ 'x-forwarded-for': uniqueIp() }))

test('many mailboxes of one domain, each from its own IP, share the domain’s budget; another domain has its own', async () => {
  const domain = `flood-${randomBytes(3).toString('hex')}.example.org`
  const outcomes = []
  for (let i = 0; i < 4; i++) outcomes.push((await attempt(`reader${i}-${randomBytes(2).toString('hex')}@${domain}`)).outcome)
  expect(outcomes).toEqual(['accepted', 'accepted', 'accepted', 'rate-limited'])
  expect((await attempt(`reader@other-${randomBytes(3).toString('hex')}.example.org`)).outcome).toBe('accepted')
})

test('sign-ups from everywhere to everywhere stop at the global budget, with a Retry-After', async () => {
  process.env.NEWSLETTER_LIMIT_GLOBAL = '50'
  rereadSettings()
  const strict = await startPayload()
  try {
    const answers = []
    for (let i = 0; i < 51; i++) {
      const answer = await attempt(`g${i}@g${randomBytes(4).toString('hex')}.example.org`, strict)
      answers.push(answer)
      if (answer.outcome === 'rate-limited') break
    }
    const last = answers[answers.length - 1]
    expect(answers.filter((answer) => answer.outcome === 'accepted').length).toBeLessThanOrEqual(50)
    expect(last).toMatchObject({ outcome: 'rate-limited', httpStatus: 429, notice: 'rateLimited' })
    expect(last.retryAfterSeconds).toBeGreaterThan(0)
  } finally {
    await stopPayload(strict)
  }
})

// The budgets are spent in one statement (newsletter/rateLimit.ts, spendInOrder); a budget after
// the one that refused must stay untouched, or a client refused for its IP would still drain
// everyone's budget.
test('a sign-up refused for its IP spends nothing of the mailbox’s budget behind it', async () => {
  const { budgetKey } = await import('@/newsletter/rateLimit')
  const { mailboxOf } = await import('@/newsletter/mailbox')
  const { databasePool } = await import('@/lib/db/pool')
  // Only the IP's budget may refuse here (the test above lowered the global one).
  Object.assign(process.env, { NEWSLETTER_LIMIT_GLOBAL: '1000000', NEWSLETTER_LIMIT_PER_IP: '5', TRUSTED_PROXY_HOPS: '1' })
  rereadSettings()
  const ip = uniqueIp()
  const from = (email: string) => submitSignUp(payload, { email, consent: true, locale: 'de' }, new Headers({ 'x-forwarded-for': ip }))
  let answer
  for (let i = 0; i < 6; i++) {
    answer = await from(uniqueAddress('ip-flood'))
    if (answer.outcome === 'rate-limited') break
  }
  expect(answer).toMatchObject({ outcome: 'rate-limited', httpStatus: 429 })
  const refusedAddress = uniqueAddress('after-refusal')
  expect((await from(refusedAddress)).outcome).toBe('rate-limited')
  const { rows } = await databasePool(payload).query('SELECT points FROM newsletter_rate_limits WHERE key = $1', [
    `nl-addr:${budgetKey('mailbox', mailboxOf(refusedAddress).mailbox)}`,
  ])
  expect(rows).toEqual([])
})

// Everyone's budget and a domain's are spent by every sign-up of a burst; each database backend
// keeps its own row of them (newsletter/rateLimit.ts), so a sign-up never waits for another's
// uncommitted share. 40 pairs: with the 8 rows picked at random before, some pair would meet.
test('a sign-up never waits for the row of a shared budget another sign-up holds uncommitted', async () => {
  const pg = (await import('pg')).default
  const { budgetSpending } = await import('@/newsletter/rateLimit')
  const { requireDatabaseUrl } = await import('@/lib/env')
  const domain = `shared-${randomBytes(3).toString('hex')}.example.org`
  Object.assign(process.env, { NEWSLETTER_LIMIT_PER_DOMAIN: '1000000', NEWSLETTER_LIMIT_GLOBAL: '1000000' })
  rereadSettings()
  const spend = (client: InstanceType<typeof pg.Client>) => {
    const values: unknown[] = []
    const spending = budgetSpending([['domain', domain], ['global', '']], values)
    return client.query(`WITH ${spending.steps} ${spending.rows}`, values).then(({ rows }) => spending.verdict(rows))
  }
  for (let pair = 0; pair < 40; pair++) {
    const [holder, other] = [new pg.Client(requireDatabaseUrl()), new pg.Client({ connectionString: requireDatabaseUrl(), statement_timeout: 2000 })]
    await Promise.all([holder.connect(), other.connect()])
    try {
      await holder.query('BEGIN')
      await spend(holder)
      await expect(spend(other)).resolves.toEqual({ ok: true })
      await holder.query('COMMIT')
    } finally {
      await Promise.all([holder.end(), other.end()])
    }
  }
  // The rows add up: the domain's 80 points are counted, whichever backends spent them.
  const values: unknown[] = []
  const check = budgetSpending([['domain', domain]], values)
  const { databasePool } = await import('@/lib/db/pool')
  const { rows } = await databasePool(payload).query(`WITH ${check.steps} ${check.rows}`, values)
  expect(rows[0].points).toBe(81)
})
