// `npm run test:outage`: PostgreSQL stops under load and starts again. Run by scripts/e2e.ts
// (E2E_RUN), which owns the embedded PostgreSQL (stopped on SIGUSR1, started on SIGUSR2) and
// the production `next start`. Cached pages must keep answering 200; everything else a 503
// with Retry-After (localized), a 404 where no database is needed; no 500; all recovers
// without a restart; nothing half written; no address or token in the server's log.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import pg from 'pg'
import de from '../messages/de.json' with { type: 'json' }
import en from '../messages/en.json' with { type: 'json' }
import es from '../messages/es.json' with { type: 'json' }

const base = process.env.E2E_BASE_URL!.replace(/\/$/, '')
const databaseUrl = process.env.DATABASE_URL!
const harness = Number(process.env.E2E_HARNESS_PID)
const outageSeconds = Number(process.env.OUTAGE_SECONDS ?? 12)
const workers = Number(process.env.OUTAGE_CONNECTIONS ?? 8)
const failures: string[] = []
const fail = (message: string) => failures.push(message)
const log = (message: string) => console.log(`[outage] ${message}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const address = (tag: string) => `outage-${tag}-${randomBytes(4).toString('hex')}@example.org`
const addresses: string[] = []

interface Probe {
  kind: string
  path: string
  init?: RequestInit
  // What the answer may be while the database is away.
  during: number[]
  check?: (response: Response, body: string) => string | null
}

const json = { 'Content-Type': 'application/json', Accept: 'application/json' }
const signUp = (locale: string): RequestInit => {
  const email = address(locale)
  addresses.push(email)
  return { method: 'POST', headers: json, body: JSON.stringify({ email, consent: true, locale }) }
}
const signUpForm = (): RequestInit => {
  const email = address('form')
  addresses.push(email)
  const body = new URLSearchParams({ email, consent: 'on', locale: 'en' }).toString()
  return { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' }, body, redirect: 'manual' }
}
const toFormWithNotice = (response: Response) =>
  (response.headers.get('location') ?? '').includes('notice=unavailable') && /^\d+$/.test(response.headers.get('retry-after') ?? '')
    ? null
    : `not sent back to the form with notice=unavailable and Retry-After: ${response.headers.get('location')}`
const messageIs = (expected: string) => (_response: Response, body: string) =>
  body.includes(expected) ? null : `message is not "${expected}": ${body.slice(0, 160)}`

// The 503 page carries the error text in the language of the address: the static outage page
// (lib/outage/outagePages.ts), readable without script, not Next's own error document.
const pageInItsLanguage = (path: string) => (response: Response, body: string) => {
  const locale = path.split('/')[1] as 'de' | 'es' | 'en'
  const title = { de, es, en }[locale].Error.title
  const whole = body.includes(`lang="${locale}"`) && body.includes(`<h1>${title}</h1>`) && !body.includes('__next_error__')
  const html = response.headers.get('content-type')?.startsWith('text/html')
  return whole && html ? null : `not the ${locale} outage page: ${body.slice(0, 160)}`
}

async function sitemapPaths(): Promise<string[]> {
  const xml = await (await fetch(`${base}/sitemap.xml`)).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
}

async function fetchText(path: string, init?: RequestInit) {
  const response = await fetch(base + path, { redirect: 'manual', ...init, signal: AbortSignal.timeout(15_000) })
  return { response, body: await response.text() }
}

async function databaseUp(): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 1000 })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false // not up (yet): the caller polls
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function waitUntil(what: string, condition: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await condition()) return
    await sleep(250)
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`)
}

// --- before: the cached pages are rendered once (and so cached), the rest is left alone
const all = await sitemapPaths()
const cached = ['/de', '/es', '/en', '/de/dialoge/mexiko', ...all.filter((_path, i) => i % 2 === 0)]
const uncached = all.filter((path) => !cached.includes(path))
for (const path of cached) {
  for (let i = 0; i < 2; i++) await fetchText(path)
}
const before = await fetchText('/api/newsletter/sign-up', signUp('de'))
if (before.response.status !== 200) fail(`sign-up before the outage answered ${before.response.status}`)
log(`${cached.length} cached pages, ${uncached.length} left uncached, of ${all.length} in the sitemap`)

const probes: Probe[] = [
  ...cached.map((path) => ({ kind: 'cached page', path, during: [200] })),
  // A page never rendered may still be whole from the data cache entries other pages left.
  ...uncached.map((path) => ({ kind: 'uncached page', path, during: [503, 200], check: pageInItsLanguage(path) })),
  { kind: 'unknown route', path: '/de/gibt/es/nicht', during: [404] },
  { kind: 'unknown slug', path: '/de/dialoge/gibt-es-nicht', during: [404, 503] },
  { kind: 'admin', path: '/admin', init: { headers: { 'Accept-Language': 'en' } }, during: [503], check: messageIs(en.Outage.adminTitle) },
  { kind: 'REST API', path: '/api/dialogues?locale=en', during: [503], check: messageIs(en.Outage.api) },
  {
    kind: 'GraphQL',
    path: '/api/graphql',
    init: { method: 'POST', headers: json, body: JSON.stringify({ query: '{ Dialogues { docs { id } } }' }) },
    during: [503],
    check: messageIs(de.Outage.api),
  },
  { kind: 'sign-up (JSON)', path: '/api/newsletter/sign-up', init: signUp('es'), during: [503], check: messageIs(es.Outage.api) },
  // The form's one answer (newsletter/signUpAnswer.ts): back to the form, told it is unavailable.
  { kind: 'sign-up (no JS)', path: '/api/newsletter/sign-up', init: signUpForm(), during: [303], check: toFormWithNotice },
  // The button on the confirmation page: the POST that changes state (opening the link does not).
  {
    kind: 'confirm button',
    path: '/api/newsletter/confirm',
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'de' },
      body: new URLSearchParams({ token: randomBytes(32).toString('base64url'), locale: 'de' }).toString(),
      redirect: 'manual',
    },
    during: [503],
    check: messageIs(de.Outage.api),
  },
  { kind: 'health', path: '/api/health', during: [200] },
  { kind: 'ready', path: '/api/ready', during: [503] },
]

// --- the outage
process.kill(harness, 'SIGUSR1')
await waitUntil('PostgreSQL stopped', async () => !(await databaseUp()), 20_000)
log(`PostgreSQL stopped; ${workers} clients for ${outageSeconds} s`)

const byKind = new Map<string, Map<number, number>>()
let requests = 0
let cachedFailures = 0
let withoutRetryAfter = 0
const seenOnce = new Set<string>()
const wrongAnswers = new Map<string, number>()
const outageEnds = Date.now() + outageSeconds * 1000
await Promise.all(
  Array.from({ length: workers }, async (_worker, w) => {
    for (let i = w; Date.now() < outageEnds; i += workers) {
      const probe = probes[i % probes.length]
      // Bodies are single-use: sign-ups are rebuilt for every request.
      const init = probe.kind === 'sign-up (JSON)' ? signUp('es') : probe.kind === 'sign-up (no JS)' ? signUpForm() : probe.init
      let status: number
      let body = ''
      let response: Response | undefined
      try {
        ;({ response, body } = await fetchText(probe.path, { ...init, headers: { ...init?.headers, 'X-Request-Id': `outage-${w}-${i}` } }))
        status = response.status
      } catch (error) {
        status = 0
        body = String(error)
      }
      requests++
      const counts = byKind.get(probe.kind) ?? new Map<number, number>()
      counts.set(status, (counts.get(status) ?? 0) + 1)
      byKind.set(probe.kind, counts)
      if (probe.kind === 'cached page' && status !== 200) cachedFailures++
      if (status === 503 && !response?.headers.get('retry-after')) withoutRetryAfter++
      if (!probe.during.includes(status) && !seenOnce.has(`${probe.kind} ${status}`)) {
        seenOnce.add(`${probe.kind} ${status}`)
        fail(`${probe.kind} ${probe.path} answered ${status} (expected ${probe.during.join(' or ')}): ${body.slice(0, 160)}`)
      }
      if (response && response.headers.get('x-request-id') !== `outage-${w}-${i}` && !seenOnce.has(`${probe.kind} id`)) {
        seenOnce.add(`${probe.kind} id`)
        fail(`${probe.kind} ${probe.path} did not answer with the request's X-Request-Id`)
      }
      const problem = status === 503 ? probe.check?.(response!, body) : null
      if (problem) {
        wrongAnswers.set(probe.kind, (wrongAnswers.get(probe.kind) ?? 0) + 1)
        if (!seenOnce.has(`${probe.kind} check`)) {
          seenOnce.add(`${probe.kind} check`)
          fail(`${probe.kind}: ${problem}`)
        }
      }
    }
  }),
)

console.log(`\nrequests during the outage: ${requests}`)
console.log(`non-2xx on cached pages: ${cachedFailures}`)
console.log(`503 without Retry-After: ${withoutRetryAfter}`)
console.log(`503 without the expected localized text: ${[...wrongAnswers].map(([kind, n]) => `${kind} ${n}`).join(', ') || 0}`)
console.log('answers by kind and status:')
for (const [kind, counts] of byKind) {
  console.log(`  ${kind.padEnd(16)} ${[...counts].map(([status, n]) => `${status}×${n}`).join('  ')}`)
}
const fiveHundreds = [...byKind.values()].reduce((sum, counts) => sum + (counts.get(500) ?? 0), 0)
if (cachedFailures > 0) fail(`${cachedFailures} cached-page requests did not answer 200`)
if (fiveHundreds > 0) fail(`${fiveHundreds} answers were 500`)
if (withoutRetryAfter > 0) fail(`${withoutRetryAfter} answers were 503 without Retry-After`)

// --- recovery, without restarting the server
process.kill(harness, 'SIGUSR2')
await waitUntil('PostgreSQL started again', databaseUp, 30_000)
const started = Date.now()
try {
  await waitUntil('ready again', async () => (await fetchText('/api/ready')).response.status === 200, 30_000)
  for (const path of ['/admin', uncached[0] ?? '/de/newsletter', '/api/dialogues?locale=en']) {
    await waitUntil(`${path} answers again`, async () => (await fetchText(path)).response.status < 400, 30_000)
  }
  const after = await fetchText('/api/newsletter/sign-up', signUp('en'))
  if (after.response.status !== 200) fail(`sign-up after the outage answered ${after.response.status}: ${after.body.slice(0, 160)}`)
  log(`recovered ${Date.now() - started} ms after PostgreSQL came back`)
} catch (error) {
  fail(String(error))
}

// --- nothing half written: a sign-up is a subscriber with its consent record, or nothing
const client = new pg.Client({ connectionString: databaseUrl })
await client.connect()
const { rows } = await client.query<{ email: string; consents: number }>(
  `select s.email, count(c.id)::int as consents from subscribers s left join consent_records c on c.subscriber_id = s.id
    where s.email = any($1) group by s.email`,
  [addresses],
)
await client.end()
const half = rows.filter((row) => row.consents === 0)
console.log(`sign-ups stored: ${rows.length} of ${addresses.length} attempted (before and after the outage: 2); without consent record: ${half.length}`)
if (rows.length !== 2) fail(`expected the 2 sign-ups made while the database was up, found ${rows.length}`)
if (half.length > 0) fail(`half-written sign-ups: ${half.length}`)

// --- the server's log: no address, no token; JSON lines carry the request id
const serverLog = process.env.E2E_SERVER_LOG ? readFileSync(process.env.E2E_SERVER_LOG, 'utf8') : ''
const leaked = addresses.filter((email) => serverLog.includes(email))
const tokens = serverLog.match(/token=[A-Za-z0-9_-]{20,}/g) ?? []
const jsonLines = serverLog.split('\n').filter((line) => line.startsWith('{'))
const withId = jsonLines.filter((line) => /"requestId":"outage-/.test(line))
console.log(`server log: ${jsonLines.length} JSON lines, ${withId.length} with this run's request ids; addresses in it: ${leaked.length}; tokens: ${tokens.length}`)
if (leaked.length > 0) fail(`the server logged ${leaked.length} subscriber addresses`)
if (tokens.length > 0) fail(`the server logged ${tokens.length} tokens`)
if (withId.length === 0) fail('no log line carried a request id')

if (failures.length) {
  console.error(`\n[outage] FAILED:\n${failures.map((line) => `  - ${line}`).join('\n')}`)
  process.exit(1)
}
console.log('\n[outage] passed')
process.exit(0)
