import type { Payload, SanitizedConfig } from 'payload'
import { rereadSettings } from '@/lib/env'
import { relaySignature } from '@/newsletter/relaySignature'
import type { MailWorker } from '@/lib/mail/outbox/worker'
import { startInbox } from './smtpInbox'
import { restClient, subscriberByEmail, uniqueAddress, uniqueIp } from './support'

let inbox: Awaited<ReturnType<typeof startInbox>>
let payload: Payload
let api: ReturnType<typeof restClient>
let stopPayload: (payload: Payload) => Promise<void>
// The outbox's worker sends the confirmation mails (lib/mail/outbox/worker.ts).
let worker: MailWorker | undefined
const secret = 'relay-secret-for-tests-0123456789abcdef'

// The relay secret and the mail transport are read when the config loads: set them first.
beforeAll(async () => {
  inbox = await startInbox()
  process.env.SMTP_URL = inbox.url
  process.env.MAIL_RELAY_SECRET = secret
  rereadSettings()
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  stopPayload = (await import('../support/payload')).stopPayload
  const key = `relay-${Math.random()}`
  payload = await getPayload({ config, key })
  api = restClient(config as unknown as Promise<SanitizedConfig>, key)
  const { startMailWorker } = await import('@/lib/mail/outbox/worker')
  worker = await startMailWorker(payload, { pollIntervalMs: 200 })
})
afterAll(async () => {
  await worker?.stop()
  await stopPayload?.(payload)
  await inbox?.stop()
  delete process.env.MAIL_RELAY_SECRET
  rereadSettings()
})

const now = () => String(Math.floor(Date.now() / 1000))

function report(body: unknown, sign: { secret?: string; timestamp?: string; raw?: string } = {}) {
  const raw = sign.raw ?? JSON.stringify(body)
  const timestamp = sign.timestamp ?? now()
  return api('POST', '/api/newsletter/relay-events', {
    body: raw,
    headers: {
      'content-type': 'application/json',
      'x-relay-timestamp': timestamp,
      'x-relay-signature': relaySignature(sign.secret ?? secret, timestamp, raw),
    },
  })
}

async function waitForMail(address: string, count = 1) {
  for (let i = 0; i < 500 && inbox.mailsTo(address).length < count; i++) await new Promise((r) => setTimeout(r, 20))
  return inbox.mailsTo(address)
}

async function signedUp(email = uniqueAddress()) {
  const response = await api('POST', '/api/newsletter/sign-up', { json: { email, consent: true, locale: 'de' }, ip: uniqueIp() })
  expect(response.status).toBe(200)
  expect(await waitForMail(email)).toHaveLength(1)
  const [subscriber] = await subscriberByEmail(payload, email)
  return { email, subscriber }
}

test('a hard bounce suppresses the address; signing it up again sends no mail', async () => {
  const { email, subscriber } = await signedUp()
  const response = await report({ events: [{ type: 'hard-bounce', email: email.toUpperCase().replace(/@.*/, '') + email.slice(email.indexOf('@')) }] })
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ suppressed: 1, ignored: 0 })
  const [after] = await subscriberByEmail(payload, email)
  expect(after).toMatchObject({ id: subscriber.id, status: 'suppressed', suppressionReason: 'hard-bounce' })
  expect(after.suppressedAt).toBeTruthy()

  // Past the resend interval, a new sign-up would mail a pending address; a suppressed one gets nothing.
  await payload.update({ collection: 'subscribers', id: subscriber.id, data: { lastMailSentAt: null }, overrideAccess: true })
  const again = await api('POST', '/api/newsletter/sign-up', { json: { email, consent: true, locale: 'en' }, ip: uniqueIp() })
  expect(again.status).toBe(200)
  await new Promise((r) => setTimeout(r, 300))
  expect(inbox.mailsTo(email)).toHaveLength(1)
  const [still] = await subscriberByEmail(payload, email)
  expect(still).toMatchObject({ status: 'suppressed', locale: 'de', lastMailSentAt: null })
})

test('a complaint suppresses the address and withdraws the consent; a soft bounce changes nothing', async () => {
  const complained = await signedUp()
  const soft = await signedUp()
  const response = await report({
    events: [
      { type: 'complaint', email: complained.email, occurredAt: new Date().toISOString() },
      { type: 'soft-bounce', email: soft.email },
      { type: 'hard-bounce', email: uniqueAddress('unknown') },
    ],
  })
  expect(await response.json()).toEqual({ suppressed: 1, ignored: 2 })
  expect((await subscriberByEmail(payload, complained.email))[0]).toMatchObject({ status: 'suppressed', suppressionReason: 'complaint' })
  expect((await subscriberByEmail(payload, soft.email))[0]).toMatchObject({ status: 'pending', suppressedAt: null })
  const { docs } = await payload.find({ collection: 'consent-records', where: { subscriber: { equals: complained.subscriber.id } } })
  expect(docs.every((record) => record.withdrawnAt)).toBe(true)
  // Reported again: counted once, nothing rewritten.
  expect(await (await report({ events: [{ type: 'complaint', email: complained.email }] })).json()).toEqual({ suppressed: 0, ignored: 1 })
})

test('reports without a valid signature are refused with 401 and change nothing', async () => {
  const { email } = await signedUp()
  const body = { events: [{ type: 'hard-bounce', email }] }
  const unsigned = await api('POST', '/api/newsletter/relay-events', { json: body })
  expect(unsigned.status).toBe(401)
  expect((await report(body, { secret: 'another-secret-of-sufficient-length-000' })).status).toBe(401)
  expect((await report(body, { timestamp: String(Math.floor(Date.now() / 1000) - 600) })).status).toBe(401)
  expect((await report(body, { timestamp: 'yesterday' })).status).toBe(401)
  // A signature over one body does not carry another.
  const timestamp = now()
  const tampered = await api('POST', '/api/newsletter/relay-events', {
    body: JSON.stringify({ events: [{ type: 'complaint', email }] }),
    headers: { 'x-relay-timestamp': timestamp, 'x-relay-signature': relaySignature(secret, timestamp, JSON.stringify(body)) },
  })
  expect(tampered.status).toBe(401)
  expect((await subscriberByEmail(payload, email))[0].status).toBe('pending')
})

test('malformed or invalid reports are a 400 with the problem named, and nothing of them is applied', async () => {
  const { email } = await signedUp()
  const cases: [string, string][] = [
    ['not json', '{"events": ['],
    ['no events', JSON.stringify({})],
    ['empty list', JSON.stringify({ events: [] })],
    ['unknown type', JSON.stringify({ events: [{ type: 'hard-bounce', email }, { type: 'bounce', email }] })],
    ['bad address', JSON.stringify({ events: [{ type: 'hard-bounce', email }, { type: 'complaint', email: 'nobody' }] })],
    ['bad date', JSON.stringify({ events: [{ type: 'hard-bounce', email, occurredAt: 'soon' }] })],
    ['too many', JSON.stringify({ events: Array.from({ length: 501 }, () => ({ type: 'soft-bounce', email })) })],
    ['array', JSON.stringify([{ type: 'hard-bounce', email }])],
    ['null', 'null'],
  ]
  for (const [name, raw] of cases) {
    const response = await report(null, { raw })
    expect([name, response.status]).toEqual([name, 400])
    const answer = await response.json()
    expect(answer.error).toBe('invalid')
    expect(JSON.stringify(answer)).not.toMatch(/at \w+ \(|node_modules/)
  }
  expect((await subscriberByEmail(payload, email))[0].status).toBe('pending')
})

test('a report larger than 256 KiB is refused with 413', async () => {
  const raw = JSON.stringify({ events: [{ type: 'soft-bounce', email: 'a@b.example.org', pad: 'x'.repeat(300 * 1024) }] })
  expect((await report(null, { raw })).status).toBe(413)
})

test('without MAIL_RELAY_SECRET the endpoint does not exist (404), signed or not', async () => {
  delete process.env.MAIL_RELAY_SECRET
  rereadSettings()
  try {
    expect((await report({ events: [{ type: 'hard-bounce', email: uniqueAddress() }] })).status).toBe(404)
  } finally {
    process.env.MAIL_RELAY_SECRET = secret
    rereadSettings()
  }
})
