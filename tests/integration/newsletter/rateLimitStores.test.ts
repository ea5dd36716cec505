import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { rereadSettings } from '@/lib/env'
import { closeRateLimitStores, consumeForIp } from '@/newsletter/rateLimit'
import { startPayload, stopPayload } from '../support/payload'

const perIpLimit = 20
const ip = () => `198.51.100.${randomBytes(1)[0]}-${randomBytes(4).toString('hex')}`

async function spend(payload: Payload, key: string, times: number) {
  const verdicts = []
  for (let i = 0; i < times; i++) verdicts.push((await consumeForIp(payload, key)).ok)
  return verdicts
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
    const key = ip()
    const a = await spend(first, key, perIpLimit / 2)
    const b = await spend(second, key, perIpLimit / 2)
    expect([...a, ...b].every(Boolean)).toBe(true)
    expect((await consumeForIp(first, key)).ok).toBe(false)
    expect((await consumeForIp(second, key)).ok).toBe(false)
  })

  // CI sets TEST_REDIS_URL when the machine's Redis answers; a new user's machine may have none.
  it('use Redis when REDIS_URL is set', async () => {
    const redisUrl = process.env.TEST_REDIS_URL
    if (!redisUrl) return console.warn('TEST_REDIS_URL not set: the Redis store was not exercised')
    process.env.REDIS_URL = redisUrl
    rereadSettings()
    const third = await startPayload()
    const probe = new Redis(redisUrl)
    try {
      const key = ip()
      expect((await spend(third, key, perIpLimit)).every(Boolean)).toBe(true)
      const refused = await consumeForIp(third, key)
      expect(refused).toMatchObject({ ok: false })
      expect(await probe.exists(`nl-ip:${key}`)).toBe(1)
    } finally {
      delete process.env.REDIS_URL
      rereadSettings()
      probe.disconnect()
      await closeRateLimitStores()
      await stopPayload(third)
    }
  })
})
