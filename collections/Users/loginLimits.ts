import { createHmac } from 'node:crypto'
import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'
import { settings } from '../../lib/env'
import { clientAddress } from '../../lib/http/clientAddress'
import { sharedLimiter, type LimitRule } from '../../lib/rateLimit/sharedLimiter'
import { accountMessage } from './accountMessages'

// Failed logins are limited per client address and per (address, account), plus a generous cap
// per account that slows a distributed guesser without locking the owner out (README, "Logins").
// Only failures count: each attempt takes a point before the password is checked (so parallel
// guesses cannot slip past the check) and a successful login gives it back.
export function loginRules(env = settings()) {
  return {
    perIp: { keyPrefix: 'login-ip', points: env.LOGIN_LIMIT_PER_IP, durationSeconds: 15 * 60 },
    perIpAndAccount: { keyPrefix: 'login-ip-account', points: env.LOGIN_LIMIT_PER_IP_ACCOUNT, durationSeconds: 15 * 60 },
    perAccount: { keyPrefix: 'login-account', points: env.LOGIN_LIMIT_PER_ACCOUNT, durationSeconds: 5 * 60 },
    // Where an account logged in successfully lately: the per-account cap does not apply there.
    knownPlace: { keyPrefix: 'login-known-place', points: 1, durationSeconds: 30 * 24 * 60 * 60 },
  } satisfies Record<string, LimitRule>
}

type Bucket = 'perIp' | 'perIpAndAccount' | 'perAccount'
interface Taken {
  keys: Record<Bucket | 'knownPlace', string>
  taken: Bucket[]
}

const contextKey = 'loginLimits'

// Addresses and e-mails are never stored in clear, only as a keyed hash.
const keyOf = (req: PayloadRequest, ...parts: string[]) => createHmac('sha256', req.payload.secret).update(parts.join('\n')).digest('hex')

export const limitLoginAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Code (seed, tests, scripts) logs in through the Local API; only web requests are limited.
  if (operation !== 'login' || req.payloadAPI === 'local') return
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string' || !email.trim()) return
  const account = email.toLowerCase().trim()
  const ip = clientAddress(req.headers.get('x-forwarded-for'), settings().TRUSTED_PROXY_HOPS) ?? 'unknown'
  const keys = {
    perIp: keyOf(req, 'ip', ip),
    perIpAndAccount: keyOf(req, 'ip+account', ip, account),
    perAccount: keyOf(req, 'account', account),
    knownPlace: keyOf(req, 'ip+account', ip, account),
  }
  const rules = loginRules()
  const known = await sharedLimiter(req.payload, rules.knownPlace).get(keys.knownPlace)
  const buckets: Bucket[] = known ? ['perIp', 'perIpAndAccount'] : ['perIp', 'perIpAndAccount', 'perAccount']
  const taken: Bucket[] = []
  // One bucket after the other: an address already refused does not also drain the account's.
  for (const bucket of buckets) {
    try {
      await sharedLimiter(req.payload, rules[bucket]).consume(keys[bucket])
      taken.push(bucket)
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
      await giveBack(req, { keys, taken })
      throw tooManyAttempts(req, rejection.msBeforeNext)
    }
  }
  req.context[contextKey] = { keys, taken } satisfies Taken
}

export const rememberSuccessfulLogin: CollectionAfterLoginHook = async ({ req }) => {
  const limits = req.context[contextKey] as Taken | undefined
  if (!limits) return
  await giveBack(req, limits)
  const { knownPlace } = loginRules()
  await sharedLimiter(req.payload, knownPlace).set(limits.keys.knownPlace, 1, knownPlace.durationSeconds)
}

async function giveBack(req: PayloadRequest, { keys, taken }: Taken) {
  const rules = loginRules()
  await Promise.all(taken.map((bucket) => sharedLimiter(req.payload, rules[bucket]).reward(keys[bucket])))
}

function tooManyAttempts(req: PayloadRequest, msBeforeNext: number): APIError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  req.responseHeaders = new Headers({ 'Retry-After': String(seconds), 'Cache-Control': 'no-store' })
  const error = new APIError(accountMessage(req, 'tooManyAttempts', Math.ceil(seconds / 60)), 429, null, true)
  // Payload's error formatter drops the message of an error without a name, and the production
  // bundle's minified classes have none (the answer read "An unknown error occurred.").
  error.name = 'TooManyLoginAttempts'
  return error
}
