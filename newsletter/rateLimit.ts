import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { Redis } from 'ioredis'
import { RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { poolOf } from '../lib/db/pool'
import { settings } from '../lib/env'

// Limits live in a store every app instance shares — Redis when REDIS_URL is set, else the
// database (table created by the newsletter migration) — so all instances count against the
// same numbers. Addresses are keyed by their hash, never in clear.
export const RATE_LIMIT_TABLE = 'newsletter_rate_limits'

interface Limiters {
  perIp: RateLimiterAbstract
  perAddress: RateLimiterAbstract
}

const byPool = new WeakMap<object, Limiters>()

function limitersFor(payload: Payload): Limiters {
  const pool = poolOf(payload)
  const known = byPool.get(pool)
  if (known) return known
  const env = settings()
  const perIp = { keyPrefix: 'nl-ip', points: env.NEWSLETTER_LIMIT_PER_IP, duration: 600 }
  const perAddress = { keyPrefix: 'nl-addr', points: env.NEWSLETTER_LIMIT_PER_ADDRESS, duration: 3600 }
  let limiters: Limiters
  if (env.REDIS_URL) {
    const storeClient = redisClient(env.REDIS_URL)
    limiters = { perIp: new RateLimiterRedis({ storeClient, ...perIp }), perAddress: new RateLimiterRedis({ storeClient, ...perAddress }) }
  } else {
    const common = { storeClient: pool, tableName: RATE_LIMIT_TABLE, tableCreated: true, clearExpiredByTimeout: false }
    limiters = {
      perIp: new RateLimiterPostgres({ ...common, ...perIp }),
      perAddress: new RateLimiterPostgres({ ...common, ...perAddress }),
    }
  }
  byPool.set(pool, limiters)
  return limiters
}

const redisClients = new Map<string, Redis>()

// One connection per address; a command fails after one retry instead of hanging a sign-up.
function redisClient(url: string): Redis {
  const known = redisClients.get(url)
  if (known) return known
  const client = new Redis(url, { maxRetriesPerRequest: 1 })
  client.on('error', (error) => console.error('[newsletter] Redis:', error.message))
  redisClients.set(url, client)
  return client
}

export async function closeRateLimitStores(): Promise<void> {
  await Promise.all([...redisClients.values()].map((client) => client.quit().catch(() => undefined)))
  redisClients.clear()
}

export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number }

async function take(limiter: RateLimiterAbstract, key: string): Promise<RateVerdict> {
  try {
    await limiter.consume(key)
    return { ok: true }
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) }
    throw rejection
  }
}

export const consumeForIp = (payload: Payload, ip: string | null) => take(limitersFor(payload).perIp, ip ?? 'unknown')

export const consumeForAddress = (payload: Payload, address: string) =>
  take(limitersFor(payload).perAddress, createHash('sha256').update(address).digest('hex'))

// Rows whose window has passed; the purge job removes them.
export async function clearExpiredRateLimits(payload: Payload): Promise<void> {
  await poolOf(payload).query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire < $1`, [Date.now()])
}
