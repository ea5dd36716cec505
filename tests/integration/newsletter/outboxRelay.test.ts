import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { Payload } from 'payload'
import { inTransaction } from '@/lib/db/inTransaction'
import { databasePool } from '@/lib/db/pool'
import { requireDatabaseUrl } from '@/lib/env'
import { enqueueMail } from '@/lib/mail/outbox/enqueueMail'
import { outboxEntries } from '@/lib/mail/outbox/outboxState'
import { relayOutbox, startOutboxRelay } from '@/lib/mail/outbox/relay'
import { startPayload, stopPayload } from '../support/payload'
import { dropQueuedMails, queuedMailPayloads } from '../support/queuedMails'

// The outbox table and its relay into graphile-worker's queue (lib/mail/outbox/relay.ts), on the
// real database. No worker runs here: the jobs stay in the queue to be counted, and are taken off
// it at the end.
let payload: Payload
const pools: pg.Pool[] = []
const run = randomBytes(3).toString('hex')
const keys: string[] = []

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await dropQueuedMails(payload, keys)
  await Promise.all(pools.map((pool) => pool.end()))
  await stopPayload(payload)
})

const newPool = (options: pg.PoolConfig = {}) => {
  const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 2, ...options })
  pools.push(pool)
  return pool
}
const key = (name: string) => {
  const made = `relay-${run}-${name}`
  keys.push(made)
  return made
}
const queue = (mailKey: string, issueId = 1, locale: 'de' | 'es' | 'en' = 'de') =>
  inTransaction(payload, (req) => enqueueMail(req, { template: 'newsletter-issue-test', locale, props: { issueId }, to: 'editor@example.org', key: mailKey }))
const staged = async (prefix: string) =>
  Number((await databasePool(payload).query(`SELECT count(*) AS n FROM mail_outbox WHERE job_key LIKE $1`, [`${prefix}%`])).rows[0].n)
const jobs = async (prefix: string) =>
  (
    await databasePool(payload).query<{ key: string; max_attempts: number; attempts: number }>(
      `SELECT key, max_attempts, attempts FROM graphile_worker.jobs WHERE key LIKE $1 ORDER BY key`,
      [`${prefix}%`],
    )
  ).rows
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

test('a mail is a row of the outbox table until the relay moves it, whole, into the queue', async () => {
  const mailKey = key('one')
  await queue(mailKey, 7, 'es')
  expect(await staged(mailKey)).toBe(1)
  expect(await jobs(mailKey)).toEqual([])
  expect(await outboxEntries(payload, mailKey)).toMatchObject([{ key: mailKey, attempts: 0, failed: false }])

  while ((await relayOutbox(newPool(), 500)) > 0);
  expect(await staged(mailKey)).toBe(0)
  expect(await jobs(mailKey)).toEqual([{ key: mailKey, max_attempts: 25, attempts: 0 }])
  expect(await queuedMailPayloads(payload, 'key = $1', [mailKey])).toEqual([
    { template: 'newsletter-issue-test', locale: 'es', props: { issueId: 7 }, to: 'editor@example.org' },
  ])
  expect(await outboxEntries(payload, mailKey)).toHaveLength(1)
})

test('rows with one key become one job, the latest row’s; a key already queued is replaced, not doubled', async () => {
  const mailKey = key('twice')
  await queue(mailKey, 1)
  await queue(mailKey, 2)
  while ((await relayOutbox(newPool(), 500)) > 0);
  await queue(mailKey, 3)
  while ((await relayOutbox(newPool(), 500)) > 0);
  expect(await jobs(mailKey)).toHaveLength(1)
  expect(await queuedMailPayloads(payload, 'key = $1', [mailKey])).toMatchObject([{ props: { issueId: 3 } }])
})

test('four relays at once, in batches of 7, move each of 300 mails into the queue exactly once', async () => {
  const prefix = `relay-${run}-many-`
  await inTransaction(payload, async (req) => {
    for (let n = 0; n < 300; n++) await enqueueMail(req, { template: 'newsletter-issue-test', locale: 'de', props: { issueId: n }, to: 'editor@example.org', key: key(`many-${n}`) })
  })
  expect(await staged(prefix)).toBe(300)
  const relays = Array.from({ length: 4 }, () => newPool())
  const drain = async (pool: pg.Pool) => {
    let moved = 0
    for (let batch; (batch = await relayOutbox(pool, 7)) > 0; ) moved += batch
    return moved
  }
  const moved = await Promise.all(relays.map(drain))
  // How the 300 split between the relays depends on the machine's timing; that none is lost or
  // doubled must not.
  expect(moved.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(300)
  expect(await staged(prefix)).toBe(0)
  const queued = await jobs(prefix)
  expect(queued).toHaveLength(300)
  expect(new Set(queued.map((job) => job.key)).size).toBe(300)
})

test('a relay that fails moves nothing; the loop reports the failure once, and its recovery once', async () => {
  const mailKey = key('blocked')
  await queue(mailKey)
  // The queue's table locked by another transaction, the relay's statements time out.
  const blocker = await newPool().connect()
  await blocker.query('BEGIN')
  await blocker.query('LOCK TABLE graphile_worker._private_jobs IN ACCESS EXCLUSIVE MODE')
  const impatient = newPool({ options: '-c statement_timeout=150' })
  await expect(relayOutbox(impatient, 500)).rejects.toThrow(/statement timeout/)
  expect(await staged(mailKey)).toBe(1)

  const errors: unknown[] = []
  let recoveries = 0
  const relay = startOutboxRelay(impatient, { intervalMs: 50, onError: (error) => errors.push(error), onRecovered: () => recoveries++ })
  await sleep(1500)
  expect(errors).toHaveLength(1)
  expect(recoveries).toBe(0)
  expect(await staged(mailKey)).toBe(1)

  await blocker.query('ROLLBACK')
  blocker.release()
  const deadline = Date.now() + 10_000
  while ((await staged(mailKey)) > 0 && Date.now() < deadline) await sleep(50)
  await relay.stop()
  expect(await staged(mailKey)).toBe(0)
  expect(await jobs(mailKey)).toHaveLength(1)
  expect(errors).toHaveLength(1)
  expect(recoveries).toBe(1)
})

test('a sign-up writes its confirmation mail as an outbox row in its own transaction', async () => {
  const { submitSignUp } = await import('@/newsletter/submitSignUp')
  const email = `relay-${run}@example.org`
  const answer = await submitSignUp(payload, { email, consent: true, locale: 'en' }, new Headers({ 'x-forwarded-for': '10.77.0.1' }))
  expect(answer.outcome).toBe('accepted')
  const { rows } = await databasePool(payload).query<{ id: number }>('SELECT id FROM subscribers WHERE email = $1', [email])
  const mailKey = `confirmation:${rows[0].id}`
  keys.push(mailKey)
  expect(await staged(mailKey)).toBe(1)
  expect(await queuedMailPayloads(payload, 'key = $1', [mailKey])).toEqual([{ template: 'confirmation', locale: 'en', props: { subscriberId: rows[0].id } }])
})
