import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { databasePool } from '@/lib/db/pool'
import { RATE_LIMIT_TABLE } from '@/lib/rateLimit/sharedLimiter'
import { budgetKey, closeRateLimitStores, spend } from '@/newsletter/rateLimit'
import { submitSignUp } from '@/newsletter/submitSignUp'
import { rereadSettings } from '@/lib/env'
import { startPayload, stopPayload } from '../support/payload'

const perIpLimit = 20
const ip = () => `198.51.100.${randomBytes(1)[0]}`
const key = () => `${ip()}-${randomBytes(4).toString('hex')}`

async function spendTimes(payload: Payload, value: string, times: number) {
  const verdicts = []
  for (let i = 0; i < times; i++) verdicts.push((await spend(payload, 'ip', value)).ok)
  return verdicts
}

// A sign-up that leaves its IP, address, mailbox and domain in every budget (the honeypot
// stops after the IP budget, so it is left empty; the mail goes to the mail folder).
async function signUpFrom(payload: Payload, address: string, from: string) {
  const answer = await submitSignUp(payload, { email: address, consent: true, locale: 'de' }, new Headers({ 'x-forwarded-for': from }))
  expect(answer.outcome).toBe('accepted')
}

// What must never be found in a store: the client's address, the e-mail address, its
// mailbox or domain — in clear or as an unkeyed hash anyone could recompute.
function secretsOf(address: string, from: string) {
  const [local, domain] = address.split('@')
  return [from, address, local, domain]
}

describe('newsletter rate limits', () => {
  let first: Payload, second: Payload
  beforeAll(async () => {
    first = await startPayload()
    second = await startPayload()
  })
  afterAll(async () => {
    await stopPayload(first)
    await stopPayload(second)
  })

  it('hold across app instances through PostgreSQL: two instances share one budget', async () => {
    const value = key()
    const a = await spendTimes(first, value, perIpLimit / 2)
    const b = await spendTimes(second, value, perIpLimit / 2)
    expect([...a, ...b].every(Boolean)).toBe(true)
    expect((await spend(first, 'ip', value)).ok).toBe(false)
    expect((await spend(second, 'ip', value)).ok).toBe(false)
  })

  // The README promised only an HMAC is kept; a production build kept raw IPs.
  it('keep in PostgreSQL only keys under the secret: no IP, no address, no mailbox, no domain', async () => {
    const from = `203.0.113.${randomBytes(1)[0]}`
    const address = `Store.Probe+${randomBytes(3).toString('hex')}@probe-${randomBytes(3).toString('hex')}.example.org`
    await signUpFrom(first, address, from)
    const { rows } = await databasePool(first).query<{ key: string }>(`SELECT key FROM ${RATE_LIMIT_TABLE}`)
    const keys = rows.map((row) => row.key)
    expect(keys).toContain(`nl-ip:${budgetKey('ip', from)}`)
    // Everyone's budget is kept in one row per database backend (newsletter/rateLimit.ts).
    expect(keys.some((stored) => new RegExp(`^nl-all:${budgetKey('global', '')}\\.\\d+$`).test(stored))).toBe(true)
    // Logins and accessibility feedback share the table (lib/rateLimit/sharedLimiter.ts): their keys are HMACs too.
    for (const stored of keys) expect(stored).toMatch(/^(nl-(ip|addr|domain|all)|fb-(ip|all)|login-[a-z-]+):[0-9a-f]{64}(\.\d+)?$/)
    const dump = keys.join('\n').toLowerCase()
    for (const secret of secretsOf(address.toLowerCase(), from)) expect(dump).not.toContain(secret)
  })

  // CI sets TEST_REDIS_URL when the machine's Redis answers; a new user's machine may have none.
  it('use Redis when REDIS_URL is set, with the same keys under the secret', async () => {
    const redisUrl = process.env.TEST_REDIS_URL
    if (!redisUrl) return console.warn('TEST_REDIS_URL not set: the Redis store was not exercised')
    process.env.REDIS_URL = redisUrl
    rereadSettings()
    const third = await startPayload()
    const probe = new Redis(redisUrl)
    try {
      const value = key()
      expect((await spendTimes(third, value, perIpLimit)).every(Boolean)).toBe(true)
      const refused = await spend(third, 'ip', value)
      expect(refused).toMatchObject({ ok: false })
      expect(await probe.exists(`nl-ip:${budgetKey('ip', value)}`)).toBe(1)

      const from = `203.0.113.${randomBytes(1)[0]}`
      const address = `redis.probe+${randomBytes(3).toString('hex')}@probe-${randomBytes(3).toString('hex')}.example.org`
      await signUpFrom(third, address, from)
      const keys = await probe.keys('nl-*')
      expect(keys.length).toBeGreaterThanOrEqual(4)
      // Logins and accessibility feedback share the table (lib/rateLimit/sharedLimiter.ts): their keys are HMACs too.
    for (const stored of keys) expect(stored).toMatch(/^(nl-(ip|addr|domain|all)|fb-(ip|all)|login-[a-z-]+):[0-9a-f]{64}$/)
      const dump = keys.join('\n')
      for (const secret of secretsOf(address, from)) expect(dump).not.toContain(secret)
    } finally {
      delete process.env.REDIS_URL
      rereadSettings()
      probe.disconnect()
      await closeRateLimitStores()
      await stopPayload(third)
    }
  })
})
