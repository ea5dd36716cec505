import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { ConfigurationError, readEnv } from '../lib/env'

// Limits live in the shared database (table created by the newsletter migration), so every
// app instance counts against the same numbers. Addresses are keyed by their hash, never in clear.
export const RATE_LIMIT_TABLE = 'newsletter_rate_limits'

interface Limiters {
  perIp: RateLimiterAbstract
  perAddress: RateLimiterAbstract
}

const byPool = new WeakMap<object, Limiters>()

function limitersFor(payload: Payload): Limiters {
  const pool = (payload.db as unknown as { pool: object }).pool
  const known = byPool.get(pool)
  if (known) return known
  const env = readEnv()
  if (env.REDIS_URL) {
    throw new ConfigurationError('REDIS_URL is set, but no Redis client is installed yet; unset it to use PostgreSQL.')
  }
  const common = { storeClient: pool, tableName: RATE_LIMIT_TABLE, tableCreated: true, clearExpiredByTimeout: false }
  const limiters: Limiters = {
    perIp: new RateLimiterPostgres({ ...common, keyPrefix: 'nl-ip', points: env.NEWSLETTER_LIMIT_PER_IP, duration: 600 }),
    perAddress: new RateLimiterPostgres({
      ...common,
      keyPrefix: 'nl-addr',
      points: env.NEWSLETTER_LIMIT_PER_ADDRESS,
      duration: 3600,
    }),
  }
  byPool.set(pool, limiters)
  return limiters
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
  const pool = (payload.db as unknown as { pool: { query: (sql: string, values: unknown[]) => Promise<unknown> } }).pool
  await pool.query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire < $1`, [Date.now()])
}
