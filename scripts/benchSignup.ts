// `npm run bench:signup`: 1,000 sign-ups, 50 at a time, half of them duplicates of the other
// half, against a running server (BENCH_URL, default http://localhost:3000); then counts the
// rows in DATABASE_URL: every address exactly once, none lost, none doubled, no 5xx.
import { randomBytes } from 'node:crypto'
import autocannon from 'autocannon'
import pg from 'pg'

const url = process.env.BENCH_URL ?? 'http://localhost:3000'
const databaseUrl = process.env.DATABASE_URL
const total = Number(process.env.BENCH_REQUESTS ?? 1000)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
if (!databaseUrl) {
  console.error('DATABASE_URL must point at the database the server writes to (to count rows).')
  process.exit(1)
}

const run = `bench-${randomBytes(3).toString('hex')}`
const distinct = total / 2
let sent = 0
// Request n and n + distinct carry the same address, so duplicates run in parallel with
// their originals as the queue advances. Each request comes from its own client address, as
// a proxy in front would report it: the limits are not what is measured here, so `npm run
// bench:signup` starts the server with TRUSTED_PROXY_HOPS=1 and the per-IP, per-domain and
// global limits raised (package.json).
const result = await autocannon({
  url,
  connections,
  amount: total,
  requests: [
    {
      method: 'POST',
      path: '/api/newsletter/sign-up',
      setupRequest: (request) => {
        const n = sent++
        const address = `${run}-${n % distinct}@example.org`
        return {
          ...request,
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${(n >> 8) & 255}.${n & 255}` },
          body: JSON.stringify({ email: address, consent: true, locale: (['de', 'es', 'en'] as const)[n % 3] }),
        }
      },
    },
  ],
})

const client = new pg.Client({ connectionString: databaseUrl })
await client.connect()
const { rows } = await client.query<{ rows: string; distinct: string }>(
  'SELECT count(*) AS rows, count(DISTINCT email) AS distinct FROM subscribers WHERE email LIKE $1',
  [`${run}-%`],
)
const records = await client.query<{ count: string }>(
  `SELECT count(*) FROM consent_records c JOIN subscribers s ON s.id = c.subscriber_id WHERE s.email LIKE $1`,
  [`${run}-%`],
)
await client.end()

const stats = result.statusCodeStats
const fiveXx = Object.entries(stats)
  .filter(([code]) => code.startsWith('5'))
  .reduce((sum, [, value]) => sum + value.count, 0)
const stored = Number(rows[0].rows)
const report = {
  requests: result.requests.total,
  statusCodes: Object.fromEntries(Object.entries(stats).map(([code, value]) => [code, value.count])),
  errors: result.errors,
  timeouts: result.timeouts,
  throughputPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
  latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  rows: { expected: distinct, stored, lost: distinct - Number(rows[0].distinct), duplicated: stored - Number(rows[0].distinct) },
  consentRecords: Number(records.rows[0].count),
}
console.log(JSON.stringify(report, null, 2))
const ok = report.rows.lost === 0 && report.rows.duplicated === 0 && fiveXx === 0 && result.errors === 0
process.exit(ok ? 0 : 1)
