// `npm run bench:dispatch`: one issue to 10,000 generated confirmed readers through a local SMTP
// server in this process, sent by the real worker (`scripts/worker.ts`, a child process):
// mails per second, duplicates, missing. Then a second issue, with the worker killed (SIGKILL)
// in the middle and started again: the same counts. Uses a fresh database of its own (on
// DATABASE_URL's server, else an embedded PostgreSQL) and drops it at the end.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { SMTPServer } from 'smtp-server'
import { createTestDatabase, migrateTestDatabase, removeTestDatabase } from '../tests/setup/testDatabase'

const readers = Number(process.env.BENCH_READERS ?? 10_000)
const rate = Number(process.env.BENCH_RATE ?? 5000)
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 20)
const killAfter = Math.floor(readers * 0.4)

// What the SMTP server took: per recipient, every Message-ID it got.
const received = new Map<string, string[]>()
let total = 0
let first = 0
let last = 0
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => {
      const head = Buffer.concat(chunks).subarray(0, 4096).toString('utf8')
      const id = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? ''
      for (const rcpt of session.envelope.rcptTo) received.set(rcpt.address, [...(received.get(rcpt.address) ?? []), id])
      total += 1
      last = Date.now()
      first ||= last
      callback()
    })
  },
})
// A killed worker resets its SMTP connections: expected here, not a reason to stop.
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'ECONNRESET') console.error('smtp server:', error.message)
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}?pool=true&maxConnections=${concurrency}`

const secret = randomBytes(32).toString('hex')
const database = await createTestDatabase(process.env.DATABASE_URL)
migrateTestDatabase(database.url, secret)
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  PAYLOAD_SECRET: secret,
  SMTP_URL: smtpUrl,
  NODE_ENV: 'development' as const,
  NEWSLETTER_SEND_RATE: String(rate),
  NEWSLETTER_SEND_CONCURRENCY: String(concurrency),
  MAIL_WORKER_CONCURRENCY: '1',
}
Object.assign(process.env, env)
const db = new pg.Client({ connectionString: database.url })
await db.connect()

function startWorker(): ChildProcess {
  // BENCH_WORKER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) goes to the worker's node.
  const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean)
  const child = spawn('npx', ['tsx', ...nodeArgs, 'scripts/worker.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true })
  return child
}
const stopWorker = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    // npx runs tsx runs node: the signal goes to the whole group of the worker's processes.
    try {
      process.kill(-child.pid!, signal)
    } catch {
      child.kill(signal)
    }
  })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
async function until(check: () => Promise<boolean> | boolean, timeoutMs: number) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (await check()) return true
    await sleep(50)
  }
  return false
}

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config, key: 'bench-dispatch' })

// The readers, in one statement: confirmed, in the three languages.
const run = randomBytes(3).toString('hex')
await db.query(
  `insert into subscribers (email, status, locale, confirmed_at, updated_at, created_at)
   select 'b' || n || '-${run}@bench.example.org', 'confirmed', (array['de','es','en'])[1 + n % 3]::enum_subscribers_locale, now(), now(), now()
   from generate_series(1, $1::int) n`,
  [readers],
)
const addresses = (await db.query<{ email: string }>(`select email from subscribers where status = 'confirmed'`)).rows.map((row) => row.email)

const body = (text: string) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [
    { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] },
  ] },
})

async function sendIssue(name: string) {
  const issue = await payload.create({ collection: 'newsletter-issues', locale: 'de', data: { status: 'draft', subject: `Bench ${name}`, body: body('Hallo') as never }, overrideAccess: true })
  await payload.update({ collection: 'newsletter-issues', id: issue.id, locale: 'es', data: { subject: `Bench ${name} es`, body: body('Hola') as never }, overrideAccess: true })
  await payload.update({ collection: 'newsletter-issues', id: issue.id, data: { status: 'sending' }, overrideAccess: true })
  return issue.id
}

const isSent = async (id: number) => (await db.query(`select status::text from newsletter_issues where id = $1`, [id])).rows[0]?.status === 'sent'

function counts(issueId: number) {
  const ids = new Set<string>()
  let missing = 0
  let duplicates = 0
  let distinctDuplicates = 0
  for (const address of addresses) {
    const got = (received.get(address) ?? []).filter((id) => id.startsWith(`<issue-${issueId}.`))
    if (got.length === 0) missing += 1
    duplicates += Math.max(0, got.length - 1)
    distinctDuplicates += Math.max(0, new Set(got).size - 1)
    for (const id of got) ids.add(id)
  }
  return { missing, duplicates, distinctDuplicates }
}

function reset() {
  received.clear()
  total = 0
  first = 0
  last = 0
}

const figures: Record<string, unknown>[] = []
let worker: ChildProcess | null = null
try {
  // 1. One issue, the worker running throughout.
  worker = startWorker()
  const plain = await sendIssue('plain')
  const finished = await until(() => isSent(plain), 600_000)
  const seconds = (last - first) / 1000
  figures.push({ run: 'uninterrupted', readers, mails: total, seconds: seconds.toFixed(2), mailsPerSecond: (total / seconds).toFixed(0), ...counts(plain), finished })
  await stopWorker(worker, 'SIGTERM')

  // 2. Another issue; the worker is killed with SIGKILL after 40 % and started again.
  reset()
  worker = startWorker()
  const killed = await sendIssue('killed')
  await until(() => total >= killAfter, 600_000)
  await stopWorker(worker, 'SIGKILL')
  const atKill = total
  const inDoubt = (await db.query(`select count(*)::int as n from newsletter_deliveries where issue_id = $1 and status = 'sending'`, [killed])).rows[0].n
  worker = startWorker()
  const done = await until(() => isSent(killed), 600_000)
  const span = (last - first) / 1000
  const reclaimed = (await db.query(`select count(*)::int as n from newsletter_deliveries where issue_id = $1 and attempts > 1`, [killed])).rows[0].n
  figures.push({ run: 'SIGKILL at 40 %, restarted', readers, mailsAtKill: atKill, leftSending: inDoubt, sentAgain: reclaimed, mails: total, secondsIncludingRestart: span.toFixed(2), ...counts(killed), finished: done })
  await stopWorker(worker, 'SIGTERM')
} finally {
  if (worker) await stopWorker(worker, 'SIGKILL')
  console.log('\nbench:dispatch')
  console.table(figures)
  console.log('duplicates: mails a reader got more than once; distinctDuplicates: of those, copies with another Message-ID (0 = every copy is the same message, recognisable as such)')
  await db.end()
  const { closePayload } = await import('../lib/bootstrap/closePayload')
  await closePayload(payload)
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await removeTestDatabase(database)
}
process.exit(0)
