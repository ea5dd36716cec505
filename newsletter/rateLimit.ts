import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'
import { Redis } from 'ioredis'
import { RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { databasePool } from '../lib/db/pool'
import { readEnv, requireSecret } from '../lib/env'

// Limits live in a store every app instance shares — Redis when REDIS_URL is set, else the
// database (table created by the newsletter migration) — so all instances count against the
// same numbers. Keys are HMACs under the server secret: the store never holds an IP or an
// address, and a leaked table cannot be matched against a list of addresses without the secret.
export const RATE_LIMIT_TABLE = 'newsletter_rate_limits'

export type Budget = 'ip' | 'mailbox' | 'domain' | 'global'

const windows: Record<Budget, { keyPrefix: string; duration: number; points: (env: ReturnType<typeof readEnv>) => number }> = {
  ip: { keyPrefix: 'nl-ip', duration: 600, points: (env) => env.NEWSLETTER_LIMIT_PER_IP },
  mailbox: { keyPrefix: 'nl-addr', duration: 3600, points: (env) => env.NEWSLETTER_LIMIT_PER_ADDRESS },
  domain: { keyPrefix: 'nl-domain', duration: 3600, points: (env) => env.NEWSLETTER_LIMIT_PER_DOMAIN },
  global: { keyPrefix: 'nl-all', duration: 3600, points: (env) => env.NEWSLETTER_LIMIT_GLOBAL },
}

type Limiters = Record<Budget, RateLimiterAbstract>

const byPool = new WeakMap<object, Limiters>()

function limitersFor(payload: Payload): Limiters {
  const pool = databasePool(payload)
  const known = byPool.get(pool)
  if (known) return known
  const env = readEnv()
  const storeOptions = env.REDIS_URL
    ? { storeClient: redisClient(env.REDIS_URL) }
    : { storeClient: pool, tableName: RATE_LIMIT_TABLE, tableCreated: true, clearExpiredByTimeout: false }
  const Store = env.REDIS_URL ? RateLimiterRedis : RateLimiterPostgres
  const limiter = (budget: Budget) => {
    const { keyPrefix, duration, points } = windows[budget]
    return new Store({ ...storeOptions, keyPrefix, duration, points: points(env) })
  }
  const limiters: Limiters = { ip: limiter('ip'), mailbox: limiter('mailbox'), domain: limiter('domain'), global: limiter('global') }
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
  await Promise.all(
    [...redisClients.values()].map((client) =>
      client.quit().catch((error: Error) => console.error('[newsletter] Redis quit failed:', error.message)),
    ),
  )
  redisClients.clear()
}

// The key a budget is stored under: never the value itself.
export const budgetKey = (budget: Budget, value: string) =>
  createHmac('sha256', `newsletter-rate-limit:${requireSecret(readEnv())}`).update(`${budget}:${value}`).digest('hex')

export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number }

// Takes one point from the budget of `value` (an IP, a mailbox, a domain, or '' for all).
export async function spend(payload: Payload, budget: Budget, value: string): Promise<RateVerdict> {
  try {
    await limitersFor(payload)[budget].consume(budgetKey(budget, value))
    return { ok: true }
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
    throw rejection
  }
}

// Rows whose window has passed; the purge job removes them.
export async function clearExpiredRateLimits(payload: Payload): Promise<void> {
  await databasePool(payload).query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire < $1`, [Date.now()])
}
