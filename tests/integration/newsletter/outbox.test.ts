import { spawn } from 'node:child_process'
import type { Payload } from 'payload'
import type { MailWorker } from '@/lib/mail/outbox/worker'
import { queuedMailPayloads } from '../support/queuedMails'
import { headerLine, readMail, startInbox, type Inbox } from './smtpInbox'
import { linkFrom, payloadSendingTo, restClient, subscriberByEmail, tokenIn, uniqueAddress, uniqueIp } from './support'

// The outbox against a real SMTP server that misbehaves on purpose (tests/…/smtpInbox.ts).
let inbox: Inbox
let payload: Payload
let api: ReturnType<typeof restClient>
let stopPayload: (payload: Payload) => Promise<void>
let startMailWorker: typeof import('@/lib/mail/outbox/worker').startMailWorker
let outboxEntries: typeof import('@/lib/mail/outbox/outboxState').outboxEntries
const workers: MailWorker[] = []

beforeAll(async () => {
  inbox = await startInbox()
  ;({ payload, api } = await payloadSendingTo(inbox.url, 'outbox'))
  stopPayload = (await import('../support/payload')).stopPayload
  startMailWorker = (await import('@/lib/mail/outbox/worker')).startMailWorker
  outboxEntries = (await import('@/lib/mail/outbox/outboxState')).outboxEntries
})
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()))
  inbox.behaviour.greetingDelayMs = 0
  inbox.behaviour.refuseRecipient = undefined
})
afterAll(async () => {
  await stopPayload?.(payload)
  await inbox?.stop()
})

const startWorker = async (concurrency = 5) => {
  const worker = await startMailWorker(payload, { concurrency, pollIntervalMs: 200 })
  workers.push(worker)
  return worker
}
const signUp = (email: string, locale = 'de') =>
  api('POST', '/api/newsletter/sign-up', { json: { email, consent: true, locale }, ip: uniqueIp() })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`)
    await sleep(100)
  }
}
const lockedBy = async (key: string) => {
  const { databasePool } = await import('@/lib/db/pool')
  const { rows } = await databasePool(payload).query<{ locked_by: string | null }>('SELECT locked_by FROM graphile_worker.jobs WHERE key = $1', [key])
  return rows[0]?.locked_by ?? null
}
const keyOf = async (email: string) => `confirmation:${(await subscriberByEmail(payload, email))[0].id}`

test('the sign-up answers long before the mail server, 5 s slow to greet, has taken the mail', async () => {
  await startWorker()
  await signUp(uniqueAddress('warm-up'))
  inbox.behaviour.greetingDelayMs = 5000
  const email = uniqueAddress('slow')
  const started = Date.now()
  const response = await signUp(email)
  const answeredMs = Date.now() - started
  expect(response.status).toBe(200)
  expect(inbox.mailsTo(email)).toHaveLength(0)
  // Answered before the mail server could even have greeted (a loaded machine makes any tighter
  // figure a guess; bench:signup measures the times).
  expect(answeredMs).toBeLessThan(5000)
  await until(() => inbox.mailsTo(email).length === 1, 20_000)
  expect(Date.now() - started).toBeGreaterThanOrEqual(5000)
})

test('the mail: the reader’s language, one heading, a plain-text part beside the HTML, List-Id and one-click unsubscribe', async () => {
  await startWorker()
  const email = uniqueAddress('form')
  await signUp(email, 'en')
  await until(() => inbox.mailsTo(email).length === 1, 10_000)
  const mail = await readMail(inbox.mailsTo(email)[0].raw)
  expect(mail.subject).toBe('Please confirm your newsletter subscription')
  expect(headerLine(mail, 'content-language')).toBe('en')
  expect(headerLine(mail, 'list-id')).toBe('Digital dialogues newsletter <newsletter.localhost>')
  expect(headerLine(mail, 'list-unsubscribe')).toMatch(/^<http:\/\/localhost:3000\/api\/newsletter\/unsubscribe\?id=\d+&token=[\w-]+>$/)
  expect(headerLine(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
  const html = String(mail.html)
  expect(html).toMatch(/<html[^>]* lang="en"/)
  expect(html).toContain('<title>Please confirm your newsletter subscription</title>')
  expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
  expect(html).not.toMatch(/<img/)
  expect(html).toContain('prefers-color-scheme: dark')
  // The text part reads on its own: the heading, the texts and the links written out.
  const text = mail.text ?? ''
  expect(text).toContain('PLEASE CONFIRM YOUR SUBSCRIPTION')
  expect(text).toContain('You (or someone using your address) asked to receive the newsletter')
  expect(linkFrom(text, '/newsletter/confirm')).toMatch(/^http:\/\/localhost:3000\/en\/newsletter\/confirm\?token=[\w-]{43}$/)
  expect(linkFrom(text, '/newsletter/unsubscribe')).toMatch(/^http:\/\/localhost:3000\/en\/newsletter\/unsubscribe\?id=\d+&token=[\w-]+$/)
  expect(text).toContain('Unsubscribe from the newsletter')
})

test('no live token is stored: the queue holds neither token nor address, the subscriber only the hash of the token sent', async () => {
  const email = uniqueAddress('secret')
  await signUp(email)
  const queued = await queuedMailPayloads(payload, 'key = $1', [await keyOf(email)])
  expect(queued).toHaveLength(1)
  expect(JSON.stringify(queued[0])).not.toContain(email)
  expect(JSON.stringify(queued[0])).not.toMatch(/token/i)
  expect((await subscriberByEmail(payload, email))[0].tokenHash).toBeFalsy()

  await startWorker()
  await until(() => inbox.mailsTo(email).length === 1, 10_000)
  const token = tokenIn(linkFrom((await readMail(inbox.mailsTo(email)[0].raw)).text ?? '', '/newsletter/confirm'))
  const [subscriber] = await subscriberByEmail(payload, email)
  expect(subscriber.tokenHash).toBe((await import('@/newsletter/tokens')).hashToken(token))
  expect(JSON.stringify(subscriber)).not.toContain(token)
  const confirm = await api('POST', '/api/newsletter/confirm', { form: { token, locale: 'de' } })
  expect(confirm.headers.get('location')).toBe('http://localhost:3000/de/newsletter/confirmed')
})

test('a permanent 5xx refusal is marked failed once and not tried again', async () => {
  const email = uniqueAddress('bounce')
  inbox.behaviour.refuseRecipient = (address) => address === email
  await startWorker()
  await signUp(email)
  const key = await keyOf(email)
  await until(async () => (await outboxEntries(payload, key))[0]?.failed === true, 10_000)
  await sleep(4000)
  const [entry] = await outboxEntries(payload, key)
  expect(entry).toMatchObject({ attempts: 1, failed: true })
  expect(entry.lastError).toBe('SMTP permanent failure (EENVELOPE 550)')
  expect(entry.lastError).not.toContain(email)
  expect(inbox.mailsTo(email)).toHaveLength(0)
})

test('two workers at once send each of 40 mails exactly once', async () => {
  inbox.behaviour.greetingDelayMs = 200
  const emails = Array.from({ length: 40 }, () => uniqueAddress('pair'))
  await Promise.all(emails.map((email) => signUp(email)))
  await Promise.all([startWorker(4), startWorker(4)])
  await until(() => emails.every((email) => inbox.mailsTo(email).length >= 1), 45_000)
  await sleep(1000)
  expect(emails.map((email) => inbox.mailsTo(email).length)).toEqual(emails.map(() => 1))
  const keys = await Promise.all(emails.map(keyOf))
  expect((await outboxEntries(payload)).filter((entry) => keys.includes(entry.key ?? ''))).toEqual([])
}, 90_000)

test('a sign-up whose transaction rolls back leaves no mail; a mail outside a transaction is refused', async () => {
  const { inTransaction } = await import('@/lib/db/inTransaction')
  const { enqueueMail } = await import('@/lib/mail/outbox/enqueueMail')
  const { createLocalReq } = await import('payload')
  const { newsletterWrites } = await import('@/newsletter/writeContext')
  await startWorker()
  const email = uniqueAddress('rollback')
  let id = 0
  await expect(
    inTransaction(payload, async (req) => {
      const subscriber = await payload.create({
        collection: 'subscribers',
        data: { email, status: 'pending', locale: 'de' },
        req,
        overrideAccess: true,
        context: newsletterWrites,
      })
      id = subscriber.id
      await enqueueMail(req, { template: 'confirmation', locale: 'de', props: { subscriberId: id }, key: `confirmation:${id}` })
      throw new Error('the consent record could not be written')
    }),
  ).rejects.toThrow('the consent record could not be written')
  await sleep(1000)
  expect(await subscriberByEmail(payload, email)).toHaveLength(0)
  expect(await outboxEntries(payload, `confirmation:${id}`)).toEqual([])
  expect(inbox.mailsTo(email)).toHaveLength(0)

  const bare = await createLocalReq({}, payload)
  await expect(enqueueMail(bare, { template: 'confirmation', locale: 'de', props: { subscriberId: id } })).rejects.toThrow(/inside a transaction/)
})

test('with the mail server refusing connections for a minute, every reader gets exactly one confirmation once it is back', async () => {
  await startWorker()
  await inbox.stopListening()
  const emails = Array.from({ length: 10 }, (_, i) => uniqueAddress(`outage${i}`))
  const answers = await Promise.all(emails.map((email, i) => signUp(email, (['de', 'es', 'en'] as const)[i % 3])))
  expect(answers.map((answer) => answer.status)).toEqual(emails.map(() => 200))
  await sleep(60_000)
  expect(inbox.received.filter((mail) => emails.some((email) => mail.to.includes(email)))).toHaveLength(0)
  const keys = await Promise.all(emails.map(keyOf))
  const waiting = (await outboxEntries(payload)).filter((entry) => keys.includes(entry.key ?? ''))
  expect(waiting).toHaveLength(emails.length)
  expect(waiting.every((entry) => !entry.failed && entry.attempts >= 3 && /temporary/.test(entry.lastError ?? ''))).toBe(true)

  await inbox.startListening()
  // graphile-worker's back-off: the 5th attempt comes about 85 s after the first.
  await until(() => emails.every((email) => inbox.mailsTo(email).length >= 1), 90_000)
  await sleep(3000)
  expect(emails.map((email) => inbox.mailsTo(email).length)).toEqual(emails.map(() => 1))
  // The link in the mail that arrived works (the tokens of the failed attempts were never stored).
  const text = (await readMail(inbox.mailsTo(emails[0])[0].raw)).text ?? ''
  const confirm = await api('POST', '/api/newsletter/confirm', { form: { token: tokenIn(linkFrom(text, '/newsletter/confirm')), locale: 'de' } })
  expect(confirm.headers.get('location')).toBe('http://localhost:3000/de/newsletter/confirmed')
}, 200_000)

// A worker process killed while it sends: graphile-worker alone would leave that mail locked for
// 4 hours (lib/mail/outbox/deadWorkerLocks.ts).
test('a mail whose worker process was killed mid-send is sent exactly once by the next worker, within seconds', async () => {
  inbox.behaviour.greetingDelayMs = 120_000
  // `node --import tsx`, not tsx's CLI: that runs the script in a child of its own, which a kill of the CLI leaves running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { env: { ...process.env, SMTP_URL: inbox.url }, stdio: 'ignore' })
  const email = uniqueAddress('killed')
  try {
    await signUp(email)
    const key = await keyOf(email)
    // The child has taken the mail and waits for the mail server's greeting.
    await until(async () => (await lockedBy(key)) !== null, 60_000)
    const deadPool = await lockedBy(key)
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    inbox.behaviour.greetingDelayMs = 0

    // A worker started now looks for stopped ones at once, and every 300 ms after that.
    const started = Date.now()
    workers.push(await startMailWorker(payload, { pollIntervalMs: 200, deadWorkerGraceMs: 1000, deadWorkerCheckMs: 300 }))
    await until(() => inbox.mailsTo(email).length === 1, 20_000)
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(deadPool).toMatch(/^pool-/)
    await sleep(2000)
    expect(inbox.mailsTo(email)).toHaveLength(1)
  } finally {
    child.kill('SIGKILL')
  }
}, 120_000)

// A worker has taken a confirmation mail and waits 6 s for the mail server's greeting.
async function mailTakenByAWorker(name: string) {
  inbox.behaviour.greetingDelayMs = 6000
  await startWorker()
  const email = uniqueAddress(name)
  await signUp(email)
  const key = await keyOf(email)
  await until(async () => (await lockedBy(key)) !== null, 20_000)
  return { email, key, poolId: (await lockedBy(key))! }
}

test('a mail locked by a worker that is alive stays with it', async () => {
  const { email, key } = await mailTakenByAWorker('alive')
  // Another worker looks for stopped workers every 300 ms, and finds none: the mail goes out once.
  workers.push(await startMailWorker(payload, { pollIntervalMs: 200, deadWorkerGraceMs: 0, deadWorkerCheckMs: 300 }))
  await sleep(2000)
  expect(await lockedBy(key)).not.toBeNull()
  await until(() => inbox.mailsTo(email).length === 1, 20_000)
  await sleep(2000)
  expect(inbox.mailsTo(email)).toHaveLength(1)
}, 60_000)

// The backend that holds a worker pool's liveness lock (lib/mail/outbox/deadWorkerLocks.ts).
const livenessHolder = async (poolId: string) => {
  const { databasePool } = await import('@/lib/db/pool')
  const { LIVENESS_NAMESPACE } = await import('@/lib/mail/outbox/deadWorkerLocks')
  const { rows } = await databasePool(payload).query<{ pid: number }>(
    `SELECT pid FROM pg_locks
      WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid = $1::bigint::oid AND objid = hashtext($2)::oid
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [LIVENESS_NAMESPACE, poolId],
  )
  return rows[0]?.pid ?? null
}

// A database restart, a cut network or a terminated backend ends the liveness lock's connection
// while the worker goes on sending. Before the worker took its lock again, a second worker freed
// that mail as a dead worker's and sent it a second time.
test('a worker whose liveness connection is cut takes its lock again, and its mail is not sent twice', async () => {
  const { email, key, poolId } = await mailTakenByAWorker('cut-liveness')
  const firstHolder = await livenessHolder(poolId)
  expect(firstHolder).not.toBeNull()

  const { databasePool } = await import('@/lib/db/pool')
  await databasePool(payload).query('SELECT pg_terminate_backend($1)', [firstHolder])
  await until(async () => ![null, firstHolder].includes(await livenessHolder(poolId)), 5_000)

  // Another worker looks for stopped workers every 300 ms and finds none.
  workers.push(await startMailWorker(payload, { pollIntervalMs: 200, deadWorkerGraceMs: 0, deadWorkerCheckMs: 300 }))
  await sleep(2000)
  expect(await lockedBy(key)).toBe(poolId)
  await until(() => inbox.mailsTo(email).length === 1, 20_000)
  await sleep(2000)
  expect(inbox.mailsTo(email)).toHaveLength(1)
}, 60_000)
