import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import es from '@/messages/es.json' with { type: 'json' }
import { databasePool } from '@/lib/db/pool'
import { outboxEntries } from '@/lib/mail/outbox/outboxState'
import { badInputMessage } from '@/lib/http/messages'
import { apiAnswerHeaders } from '@/lib/http/securityHeaders'
import { installSignUpBelowNext } from '@/newsletter/endpoints/signUpBelowNext'
import { stopPayload } from '../support/payload'
import { dropQueuedMails } from '../support/queuedMails'
import { payloadSendingTo, subscriberByEmail, uniqueAddress, uniqueIp } from './support'

// The sign-up's JSON door below Next (newsletter/endpoints/signUpBelowNext.ts), on a plain Node
// server whose own handler stands for Next: what the door takes it answers as the REST endpoint
// does, writing through the real database; everything else reaches "Next" untouched.
let payload: Payload
let server: http.Server
let base: string
const reachedNext: string[] = []
// The door asks for Payload on each sign-up; a test swaps in one that cannot start.
let payloadForDoor: () => Promise<Payload>
const run = `below-next-${Math.random().toString(36).slice(2, 8)}`
const address = () => uniqueAddress(run)

beforeAll(async () => {
  ;({ payload } = await payloadSendingTo('smtp://127.0.0.1:1', 'below-next'))
  payloadForDoor = async () => payload
  installSignUpBelowNext(() => payloadForDoor())
  server = http.createServer((request, response) => {
    reachedNext.push(`${request.method} ${request.url} ${request.headers['content-type'] ?? ''}`)
    request.resume()
    response.statusCode = 418
    response.end('next')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
// No worker runs here: the confirmation mails this file queued are taken off the shared queue, or
// the next file's worker would have to send them all before its own.
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  const { rows } = await databasePool(payload).query<{ id: number }>('SELECT id FROM subscribers WHERE email LIKE $1', [`%${run}%`])
  await dropQueuedMails(payload, rows.map((row) => `confirmation:${row.id}`))
  await stopPayload(payload)
})
beforeEach(() => {
  reachedNext.length = 0
})

const post = (body: string, headers: Record<string, string> = {}, path = '/api/newsletter/sign-up') =>
  fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueIp(), ...headers }, body })

const consentRecordsOf = async (subscriberId: number) =>
  (await payload.find({ collection: 'consent-records', where: { subscriber: { equals: subscriberId } }, overrideAccess: true, depth: 0 })).docs

const queuedConfirmations = async (subscriberId: number) => (await outboxEntries(payload, `confirmation:${subscriberId}`)).length

describe('a JSON sign-up, answered below Next', () => {
  it('writes the subscriber, its consent record and its confirmation mail, and answers as the REST endpoint does', async () => {
    const email = address()
    const response = await post(JSON.stringify({ email, consent: true, locale: 'es' }))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'accepted' })
    expect(reachedNext).toEqual([])
    const [subscriber] = await subscriberByEmail(payload, email)
    expect(subscriber).toMatchObject({ status: 'pending', locale: 'es' })
    expect(await consentRecordsOf(subscriber.id)).toHaveLength(1)
    expect(await queuedConfirmations(subscriber.id)).toBe(1)
  })

  it('sends the API security headers Next would add, never cached', async () => {
    const response = await post(JSON.stringify({ email: address(), consent: true, locale: 'de' }))
    for (const { key, value } of apiAnswerHeaders(false)) expect(response.headers.get(key)).toBe(value)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-type')).toBe('application/json')
  })

  it('answers invalid input 400 with its codes, writing nothing', async () => {
    const email = address()
    const response = await post(JSON.stringify({ email, consent: false, locale: 'de' }))
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ status: 'invalid', errors: { consent: 'consent' } })
    expect(await subscriberByEmail(payload, email)).toEqual([])
  })

  it('answers a body that is no JSON object 400 in the client language, as the REST route does', async () => {
    const deep = `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`
    for (const body of ['{"email":', '[1,2]', '42', deep]) {
      const response = await post(body, { 'accept-language': 'es-MX,es;q=0.9' })
      expect(response.status).toBe(400)
      const expected = body === deep ? badInputMessage({ kind: 'nesting', limit: 64 }, 'es') : badInputMessage({ kind: 'json' }, 'es')
      expect(await response.json()).toEqual({ errors: [{ message: expected }] })
    }
    // An empty body is an invalid sign-up, as through the REST route.
    expect((await post('')).status).toBe(400)
    expect(reachedNext).toEqual([])
  })

  it('answers the outage 503 in the form language while PostgreSQL cannot be reached', async () => {
    const previous = process.env.DATABASE_URL
    const { rereadSettings } = await import('@/lib/env')
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/none'
    rereadSettings()
    payloadForDoor = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1'))
    // The outage probe's last answer is kept for a second.
    await new Promise((resolve) => setTimeout(resolve, 1100))
    try {
      const email = address()
      const response = await post(JSON.stringify({ email, consent: true, locale: 'es' }))
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(await response.json()).toEqual({ status: 'unavailable', error: 'unavailable', message: es.Outage.api })
    } finally {
      process.env.DATABASE_URL = previous
      rereadSettings()
      payloadForDoor = async () => payload
      await new Promise((resolve) => setTimeout(resolve, 1100))
    }
    expect((await post(JSON.stringify({ email: address(), consent: true, locale: 'de' }))).status).toBe(200)
  })
})

describe('what the door leaves to Next', () => {
  it('hands on the form post, a query, another path or method, a chunked body', async () => {
    const json = JSON.stringify({ email: address(), consent: true, locale: 'de' })
    const form = new URLSearchParams({ email: address(), consent: 'on', locale: 'de' }).toString()
    const answers = await Promise.all([
      post(form, { 'content-type': 'application/x-www-form-urlencoded' }),
      post(json, {}, '/api/newsletter/sign-up?locale=de'),
      post(json, {}, '/api/newsletter/sign-up/'),
      fetch(`${base}/api/newsletter/sign-up`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: json }),
      // A stream has no declared length: Node sends it chunked.
      fetch(`${base}/api/newsletter/sign-up`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new Blob([json]).stream(),
        duplex: 'half',
      } as RequestInit),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([418, 418, 418, 418, 418])
    expect(reachedNext).toHaveLength(5)
  })
})
