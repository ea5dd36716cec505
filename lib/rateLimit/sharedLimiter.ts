import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { databasePool } from '../db/pool'
import { settings } from '../env'

export interface LimitRule {
  // Distinct per rule: the rows share the newsletter's table (or Redis) and are told apart by it.
  keyPrefix: string
  points: number
  durationSeconds: number
}

// A limiter on the store all app instances share, as the newsletter's: Redis when REDIS_URL is
// set, else the database's rate-limit table (its expired rows go with the newsletter purge).
// The table is created by the newsletter migration; logins and sign-ups share it.
export const RATE_LIMIT_TABLE = 'newsletter_rate_limits'

const perPool = new WeakMap<object, Map<string, RateLimiterAbstract>>()
const redisByUrl = new Map<string, Redis>()

export function sharedLimiter(payload: Payload, rule: LimitRule): RateLimiterAbstract {
  const pool = databasePool(payload)
  const limiters = perPool.get(pool) ?? new Map<string, RateLimiterAbstract>()
  perPool.set(pool, limiters)
  const known = limiters.get(rule.keyPrefix)
  if (known) return known
  const options = { keyPrefix: rule.keyPrefix, points: rule.points, duration: rule.durationSeconds }
  const { REDIS_URL } = settings()
  const limiter = REDIS_URL
    ? new RateLimiterRedis({ ...options, storeClient: redis(REDIS_URL) })
    : new RateLimiterPostgres({ ...options, storeClient: pool, tableName: RATE_LIMIT_TABLE, tableCreated: true, clearExpiredByTimeout: false })
  limiters.set(rule.keyPrefix, limiter)
  return limiter
}

function redis(url: string): Redis {
  let client = redisByUrl.get(url)
  if (!client) {
    // One retry, then the command fails: a login must not hang on a Redis that is away.
    client = new Redis(url, { maxRetriesPerRequest: 1 })
    client.on('error', (error) => console.error('[rate limits] Redis:', error.message))
    redisByUrl.set(url, client)
  }
  return client
}

export async function closeSharedLimiters(): Promise<void> {
  const clients = [...redisByUrl.values()]
  redisByUrl.clear()
  await Promise.all(
    clients.map((client) => client.quit().catch((error: Error) => console.error('[rate limits] Redis quit failed:', error.message))),
  )
}
