import { z } from 'zod'

// Configuration comes from the environment, read and checked here once (settings()). One
// entry per line, so branches that add settings merge line by line.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional(),
  PAYLOAD_SECRET: z.string().min(32, 'PAYLOAD_SECRET must be at least 32 characters').optional(),
  // Canonical addresses and the links in mails; required in production (productionProblems).
  SITE_URL: z.url().optional(),
  // Mail: without SMTP_URL (development and tests only) mails go to the folder .data/mails/.
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('Digitaldialoge <newsletter@localhost>'),
  // Mails one worker process (`npm run worker`) sends at once; and how often a mail that failed
  // for a passing reason is tried before it is marked failed (graphile-worker's back-off:
  // exp(attempt) seconds, 3 s, 7 s, 20 s … capped at 6 h; 25 attempts span about three days).
  MAIL_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(5),
  // The worker's CPU priority (nice, 0–19): rendering and sending mail can wait a moment, a
  // reader's request on the same machine cannot (scripts/worker.ts).
  MAIL_WORKER_NICE: z.coerce.number().int().min(0).max(19).default(10),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(25),
  // Rate limits live in PostgreSQL unless REDIS_URL is set.
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL').optional(),
  // Newsletter sign-ups allowed per client IP (an IPv6 client per /64) per 10 minutes, per
  // mailbox (+tags and Gmail's dots folded) per hour, per mail domain per hour, and in all per
  // hour. The last two keep a flood from many addresses from burning the sender's reputation.
  NEWSLETTER_LIMIT_PER_IP: z.coerce.number().int().positive().default(20),
  NEWSLETTER_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(5),
  NEWSLETTER_LIMIT_PER_DOMAIN: z.coerce.number().int().positive().default(100),
  NEWSLETTER_LIMIT_GLOBAL: z.coerce.number().int().positive().default(1000),
  // Days an unsubscribed (or suppressed) address is kept before it is erased; the consent
  // history stays, pseudonymised (newsletter/retention.ts, README "Newsletter").
  NEWSLETTER_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // The mail relay signs its bounce and complaint reports with this (newsletter/relaySignature.ts);
  // without it the endpoint answers 404.
  MAIL_RELAY_SECRET: z.string().min(32, 'MAIL_RELAY_SECRET must be at least 32 characters').optional(),
  // Accessibility feedback (BITV 2.0 § 7): where each report is mailed, and how many reports a
  // client address may send per hour and all readers together per hour (accessibility/).
  ACCESSIBILITY_FEEDBACK_TO: z.email().default('barrierefreiheit@localhost'),
  FEEDBACK_LIMIT_PER_IP: z.coerce.number().int().positive().default(10),
  FEEDBACK_LIMIT_GLOBAL: z.coerce.number().int().positive().default(200),
  // How many reverse proxies in front of the app append to X-Forwarded-For. 0: the app is
  // reached directly and the client is the TCP peer; N: the client is the Nth entry from the
  // right (lib/http/clientAddress.ts).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Failed logins allowed per client IP per 15 minutes, per (IP, account) per 15 minutes, and
  // per account from everywhere per 5 minutes (collections/Users/loginLimits.ts, README).
  LOGIN_LIMIT_PER_IP: z.coerce.number().int().positive().default(20),
  LOGIN_LIMIT_PER_IP_ACCOUNT: z.coerce.number().int().positive().default(5),
  LOGIN_LIMIT_PER_ACCOUNT: z.coerce.number().int().positive().default(30),
  // The first admin of an empty production database (scripts/start.ts, lib/bootstrap/firstAdmin.ts).
  PAYLOAD_ADMIN_EMAIL: z.string().trim().optional(),
  PAYLOAD_ADMIN_PASSWORD: z.string().optional(),
  // `npm run admin -- create`: the new account's password (else it is read from stdin).
  NEW_ACCOUNT_PASSWORD: z.string().optional(),
  // `npm start` with START_PREPARE_ONLY=1 migrates and makes the first admin, then exits.
  START_PREPARE_ONLY: z.stringbool().default(false),
  // Newsletter issues: mails per second each dispatcher process sends (newsletter/dispatch/),
  // mails on the wire at once, and how long a claimed delivery may stay unsettled before another
  // worker takes it as left behind by a hung one (a dead one is seen at once by its lock; the row
  // is then sent again, same Message-ID). Above nodemailer's 10-minute socket timeout.
  NEWSLETTER_SEND_RATE: z.coerce.number().positive().max(10000).default(20),
  NEWSLETTER_SEND_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),
  NEWSLETTER_CLAIM_LEASE_SECONDS: z.coerce.number().int().min(1).max(86400).default(900),
  // Only the test suite pushes the schema; everywhere else it comes from migrations.
  PAYLOAD_DB_PUSH: z.enum(['true', 'false']).default('false'),
})

// Without SITE_URL (development, tests) addresses point at the local dev server.
const localSiteUrl = 'http://localhost:3000'

export type Env = Omit<z.infer<typeof schema>, 'SITE_URL'> & { SITE_URL: string }

// `next build` imports the config but never connects or signs anything. Next sets NEXT_PHASE
// itself, so it is read where it is, not through the settings.
export const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build'

export class ConfigurationError extends Error {}

// Parses an environment; settings() is the memoised reading of the process's own.
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  return { ...parsed.data, SITE_URL: parsed.data.SITE_URL ?? localSiteUrl }
}

let current: Env | undefined

// The process's settings, parsed on the first call and kept.
export function settings(): Env {
  current ??= readEnv(process.env)
  return current
}

// For code that sets the environment itself after something has read it (tests switching
// REDIS_URL on, a script settling DATABASE_URL): the next settings() call reads it again.
export function rereadSettings(): Env {
  current = undefined
  return settings()
}

export function requireSecret(env: Env = settings()): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (isBuildPhase()) return buildPhaseSecret
  throw new ConfigurationError(
    'PAYLOAD_SECRET is not set. Set it to a random string of at least 32 characters ' +
      '(e.g. `openssl rand -hex 32`). `npm run dev` creates one for you in .data/.',
  )
}

export function requireDatabaseUrl(env: Env = settings()): string {
  if (env.DATABASE_URL) return env.DATABASE_URL
  if (isBuildPhase()) return 'postgres://127.0.0.1:1/never-connected-at-build'
  throw new ConfigurationError(
    'DATABASE_URL is not set. `npm run dev` starts an embedded PostgreSQL and sets it; ' +
      'in production set DATABASE_URL=postgres://user:password@host:5432/database.',
  )
}

const buildPhaseSecret = 'build-phase-placeholder-secret-never-used-to-sign'
// The secrets the build and the code generators use (package.json, scripts/generateImportMap.ts):
// known to everyone, so they sign nothing in production.
export const placeholderSecrets = [buildPhaseSecret, 'offline-codegen-placeholder-000000000000']

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

// What a production server must not run with; empty when it may start. A trial on one machine
// may use http://localhost (or 127.0.0.1, [::1]); anything reachable from outside needs https.
export function productionProblems(env: Env, source: Record<string, string | undefined>): string[] {
  const problems: string[] = []
  if (!env.DATABASE_URL) problems.push('DATABASE_URL is not set: DATABASE_URL=postgres://user:password@host:5432/database.')
  if (!env.PAYLOAD_SECRET) problems.push('PAYLOAD_SECRET is not set: a random string of at least 32 characters (`openssl rand -hex 32`).')
  else if (isPlaceholderSecret(env.PAYLOAD_SECRET))
    problems.push('PAYLOAD_SECRET is a placeholder (the build or code generators use it): set a random one (`openssl rand -hex 32`).')
  if (!source.SITE_URL) problems.push('SITE_URL is not set: the public https:// address of the site, used for canonical addresses and links in mails.')
  else {
    const url = new URL(env.SITE_URL)
    if (url.protocol !== 'https:' && !loopbackHosts.has(url.hostname))
      problems.push(`SITE_URL must be an https:// address (got ${url.protocol}//${url.host}); only localhost may use http.`)
  }
  if (!env.SMTP_URL)
    problems.push('SMTP_URL is not set: mails need an SMTP server (smtp://user:password@host:587); the local mail folder is for development only.')
  return problems
}

// A known placeholder, or a string too uniform to be random (e.g. 32 times "a").
const isPlaceholderSecret = (secret: string) =>
  placeholderSecrets.includes(secret) || /placeholder|changeme/i.test(secret) || new Set(secret).size < 8

// The production server's check at start (npm start, and the server itself when it loads the
// config): every problem at once, so an operator fixes them in one go.
export function assertSafeForProduction(source: Record<string, string | undefined> = process.env): Env {
  const env = readEnv(source)
  const problems = productionProblems(env, source)
  if (problems.length > 0) {
    throw new ConfigurationError(`Refusing to start in production:\n${problems.map((line) => `  - ${line}`).join('\n')}`)
  }
  return env
}
