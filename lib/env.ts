import { z } from 'zod'

// Configuration comes from the environment, read and checked here once.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional(),
  PAYLOAD_SECRET: z.string().min(32, 'PAYLOAD_SECRET must be at least 32 characters').optional(),
  SITE_URL: z.url().default('http://localhost:3000'),
  // Mail: without SMTP_URL (development) mails go to the local outbox .data/outbox/.
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('Digitaldialoge <newsletter@localhost>'),
  // Rate limits live in PostgreSQL unless REDIS_URL is set.
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL').optional(),
  // Newsletter sign-ups allowed per client IP (an IPv6 client per /64) per 10 minutes, per
  // mailbox (+tags and Gmail's dots folded) per hour, per mail domain per hour, and in all per
  // hour. The last two keep a flood from many addresses from burning the sender's reputation.
  NEWSLETTER_LIMIT_PER_IP: z.coerce.number().int().positive().default(20),
  NEWSLETTER_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(5),
  NEWSLETTER_LIMIT_PER_DOMAIN: z.coerce.number().int().positive().default(100),
  NEWSLETTER_LIMIT_GLOBAL: z.coerce.number().int().positive().default(1000),
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
})

export type Env = z.infer<typeof schema>

// `next build` imports the config but never connects or signs anything.
export const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build'

export class ConfigurationError extends Error {}

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  return parsed.data
}

export function requireSecret(env: Env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (isBuildPhase()) return 'build-phase-placeholder-secret-never-used-to-sign'
  throw new ConfigurationError(
    'PAYLOAD_SECRET is not set. Set it to a random string of at least 32 characters ' +
      '(e.g. `openssl rand -hex 32`). `npm run dev` creates one for you in .data/.',
  )
}

export function requireDatabaseUrl(env: Env): string {
  if (env.DATABASE_URL) return env.DATABASE_URL
  if (isBuildPhase()) return 'postgres://127.0.0.1:1/never-connected-at-build'
  throw new ConfigurationError(
    'DATABASE_URL is not set. `npm run dev` starts an embedded PostgreSQL and sets it; ' +
      'in production set DATABASE_URL=postgres://user:password@host:5432/database.',
  )
}
