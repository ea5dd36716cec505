import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { closeSharedLimiters, RATE_LIMIT_TABLE, sharedLimiter } from '../lib/rateLimit/sharedLimiter'
import { databasePool } from '../lib/db/pool'
import { settings, requireSecret } from '../lib/env'

// Limits live in a store every app instance shares — Redis when REDIS_URL is set, else the
// database (table created by the newsletter migration) — so all instances count against the
// same numbers. Keys are HMACs under the server secret: the store never holds an IP or an
// address, and a leaked table cannot be matched against a list of addresses without the secret.

export type Budget = 'ip' | 'mailbox' | 'domain' | 'global'

const windows: Record<Budget, { keyPrefix: string; duration: number; points: (env: ReturnType<typeof settings>) => number }> = {
  ip: { keyPrefix: 'nl-ip', duration: 600, points: (env) => env.NEWSLETTER_LIMIT_PER_IP },
  mailbox: { keyPrefix: 'nl-addr', duration: 3600, points: (env) => env.NEWSLETTER_LIMIT_PER_ADDRESS },
  domain: { keyPrefix: 'nl-domain', duration: 3600, points: (env) => env.NEWSLETTER_LIMIT_PER_DOMAIN },
  global: { keyPrefix: 'nl-all', duration: 3600, points: (env) => env.NEWSLETTER_LIMIT_GLOBAL },
}

type Limiters = Record<Budget, RateLimiterAbstract>

// The store (Redis or the rate-limit table) is the one logins use too: lib/rateLimit/sharedLimiter.ts.
function limitersFor(payload: Payload): Limiters {
  const env = settings()
  const limiter = (budget: Budget) => {
    const { keyPrefix, duration, points } = windows[budget]
    return sharedLimiter(payload, { keyPrefix, durationSeconds: duration, points: points(env) })
  }
  return { ip: limiter('ip'), mailbox: limiter('mailbox'), domain: limiter('domain'), global: limiter('global') }
}

export const closeRateLimitStores = closeSharedLimiters

// The key a budget is stored under: never the value itself.
export const budgetKey = (budget: Budget, value: string) =>
  createHmac('sha256', `newsletter-rate-limit:${requireSecret()}`).update(`${budget}:${value}`).digest('hex')

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

// Takes one point from each budget in turn and stops at the first that is spent, so a client
// refused for its IP spends nothing of the mailbox's, the domain's or everyone's budget. On the
// database store that is one statement (budgetSpending below); with Redis the budgets are spent
// one by one through the limiters.
export async function spendInOrder(payload: Payload, budgets: [Budget, string][]): Promise<RateVerdict> {
  if (settings().REDIS_URL) {
    for (const [budget, value] of budgets) {
      const verdict = await spend(payload, budget, value)
      if (!verdict.ok) return verdict
    }
    return { ok: true }
  }
  const values: unknown[] = []
  const spending = budgetSpending(budgets, values)
  const { rows } = await databasePool(payload).query<SpentBudget>(`WITH ${spending.steps} ${spending.rows}`, values)
  return spending.verdict(rows)
}

export interface SpentBudget {
  n: number
  points: number
  expire: string | number | null
  lim: number
}

// The budgets every sign-up of a burst shares — everyone's, and a big mail domain's — are kept
// in one row per database connection: a sign-up adds its point to the row of the backend that
// runs it (`<key>.<pg_backend_pid()>`). A row's lock is held until the sign-up commits, and a
// backend runs one transaction at a time, so no sign-up waits for another's row. With one row per
// budget every sign-up of a burst waited for the one before it; with 8 rows picked at random,
// ten pool connections still met on them (bench:signup: half of PostgreSQL's sign-ups waiting on
// those locks). A shared budget's count is the sum of its rows, found by key range in the
// index of migration 20261207_190000_rate_limit_key_order; the others' points are read from the
// statement's snapshot, so sign-ups committing at the same moment may pass the limit by as many
// as run at once (the pool's connections) — for a flood guard of thousands an hour, nothing.
// Rows of backends gone stay until their window passes (the purge job removes them).
// With Redis the budget is one key (its increments take no lock).
const sharedBudgets: ReadonlySet<Budget> = new Set(['domain', 'global'])

// The budgets' upserts as the CTEs of one statement, where four round trips with a commit each
// were half a sign-up's time under load; the sign-up's own statement (newsletter/registration.ts)
// embeds them. Budget n runs only if `guard` (SQL) holds and budget n - 1 passed. Same rows, keys
// and window arithmetic as rate-limiter-flexible's RateLimiterPostgres (`spend` above, logins),
// so both read and write one table. Parameters are appended to `values`.
export function budgetSpending(budgets: [Budget, string][], values: unknown[], guard = 'true') {
  const env = settings()
  const now = Date.now()
  // PostgreSQL refuses a parameter no statement uses: `now` only with a budget to spend.
  if (budgets.length > 0) values.push(now)
  const nowParam = `$${values.length}`
  const steps = budgets.map(([budget, value], n) => {
    const { keyPrefix, duration, points } = windows[budget]
    const base = `${keyPrefix}:${budgetKey(budget, value)}`
    const shared = sharedBudgets.has(budget)
    values.push(shared ? `${base}.` : base, now + duration * 1000, points(env))
    const [prefix, expire, lim] = [`$${values.length - 2}`, `$${values.length - 1}`, `$${values.length}`]
    const key = shared ? `(${prefix}::text || pg_backend_pid())` : prefix
    let others = ''
    if (shared) {
      // The keys after '<base>.' up to '<base>/' ('/' follows '.'), compared byte by byte.
      values.push(`${base}/`)
      others = ` + (SELECT coalesce(sum(o.points), 0) FROM ${RATE_LIMIT_TABLE} o
        WHERE o.key COLLATE "C" > ${prefix} AND o.key COLLATE "C" < $${values.length} AND o.key <> ${key} AND o.expire > ${nowParam})`
    }
    const reached = n === 0 ? guard : `(SELECT points FROM b${n - 1}) <= (SELECT lim FROM b${n - 1})`
    return `b${n} AS (
      INSERT INTO ${RATE_LIMIT_TABLE} AS r (key, points, expire) SELECT ${key}, 1, ${expire} WHERE ${reached}
      ON CONFLICT (key) DO UPDATE SET
        points = CASE WHEN r.expire <= ${nowParam} THEN 1 ELSE r.points + 1 END,
        expire = CASE WHEN r.expire <= ${nowParam} THEN EXCLUDED.expire ELSE r.expire END
      RETURNING (r.points${others})::int AS points, r.expire, ${lim}::int AS lim)`
  })
  return {
    count: budgets.length,
    steps: steps.join(',\n'),
    // The spent budgets' rows, one per budget reached (none, of the same shape, without budgets).
    rows:
      budgets.map((_, n) => `SELECT ${n} AS n, points, expire, lim FROM b${n}`).join(' UNION ALL ') ||
      'SELECT 0 AS n, 0 AS points, NULL::bigint AS expire, 0 AS lim WHERE false',
    verdict(rows: SpentBudget[]): RateVerdict {
      const refused = [...rows].sort((a, b) => a.n - b.n).find((row) => row.points > row.lim)
      if (!refused) return { ok: true }
      const msBeforeNext = refused.expire === null ? 0 : Number(refused.expire) - now
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) }
    },
  }
}

// Rows whose window has passed; the purge job removes them.
export async function clearExpiredRateLimits(payload: Payload): Promise<void> {
  await databasePool(payload).query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire < $1`, [Date.now()])
}
