// `npm run test:e2e`: a fresh embedded PostgreSQL with migrations and the seed, a production
// build (skip with E2E_SKIP_BUILD=1), `next start` on a free port, then the browser tests
// (or, with E2E_RUN=<script>, that script: the benches use it). The server is in production
// mode, so its mail worker (`npm run worker`, started beside it as in production) sends mail by
// SMTP: to an in-process SMTP server whose mails land as .eml files in E2E_MAIL_DIR, handed to
// the tests. E2E_SMTP_GREETING_MS makes that server slow to greet (bench:signup).
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareDevDatabase } from '../lib/bootstrap/prepareDatabase'
import { settleWithin } from '../lib/bootstrap/settleWithin'
import { createDatabaseIfMissing } from '../lib/db/createDatabase'
import { startEmbeddedPostgres } from '../lib/db/embeddedPostgres'
import { freePort } from '../lib/db/freePort'
import { workerReadyLine } from '../lib/mail/outbox/readyLine'
import { startInbox } from '../tests/integration/newsletter/smtpInbox'

const log = (message: string) => console.log(`[e2e] ${message}`)
const require = createRequire(import.meta.url)
const nextBin = require.resolve('next/dist/bin/next')
const jestBin = require.resolve('jest/bin/jest')

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

// SIGTERM lets the worker finish the mails in flight; it must be gone before its database is.
async function stopWorker(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  await exited
  clearTimeout(timer)
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

const dataDir = mkdtempSync(join(tmpdir(), 'e2e-postgres-'))
let database = await startEmbeddedPostgres(dataDir, log)
const runDir = mkdtempSync(join(tmpdir(), 'e2e-run-'))
const mailDir = join(runDir, 'mails')
const inbox = await startInbox(mailDir, { greetingDelayMs: Number(process.env.E2E_SMTP_GREETING_MS ?? 0) })
const serverLogFile = join(runDir, 'server.log')

// A script that tests an outage (scripts/outage.ts) asks for the database to go away
// (SIGUSR1 to E2E_HARNESS_PID) and to come back on the same port (SIGUSR2).
process.on('SIGUSR1', () => void database.stop().then(() => log('database stopped'), (error) => log(`stop failed: ${error}`)))
process.on('SIGUSR2', () => {
  startEmbeddedPostgres(dataDir, log, { port: database.port }).then(
    (restarted) => {
      database = restarted
      log('database started again')
    },
    (error) => log(`restart failed: ${error}`),
  )
})
let server: ChildProcess | undefined
let worker: ChildProcess | undefined
let exitCode = 1
try {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url('e2e'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    // Where the worker mails accessibility feedback (tests/e2e/accessibility.test.ts looks for it).
    ACCESSIBILITY_FEEDBACK_TO: process.env.ACCESSIBILITY_FEEDBACK_TO ?? 'e2e-barrieren@example.org',
    PAYLOAD_ADMIN_EMAIL: 'e2e-admin@example.org',
    PAYLOAD_ADMIN_PASSWORD: randomBytes(12).toString('hex'),
    SMTP_URL: inbox.url,
    E2E_MAIL_DIR: mailDir,
  }
  await createDatabaseIfMissing(env.DATABASE_URL!)
  // payload.config.ts reads process.env when it is imported.
  Object.assign(process.env, env)
  await prepareDevDatabase(env)
  log('database migrated and seeded')

  if (process.env.E2E_SKIP_BUILD !== '1') {
    // The build must not need the database: it gets a closed port.
    const built = await run(process.execPath, [nextBin, 'build'], { ...env, DATABASE_URL: 'postgres://127.0.0.1:1/none' })
    if (built !== 0) throw new Error('next build failed')
  }

  // Each run has a fresh database; Next's data and page caches from an earlier run of the
  // same build would serve that run's content.
  for (const dir of ['.next/cache/fetch-cache', '.next/server/route-cache']) rmSync(dir, { recursive: true, force: true })
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  // E2E_SERVER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) profiles the server:
  // Node refuses such flags in NODE_OPTIONS.
  const serverNodeArgs = (process.env.E2E_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)
  server = spawn(process.execPath, [...serverNodeArgs, nextBin, 'start', '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, NODE_ENV: 'production', SITE_URL: baseUrl },
  })
  // The server's output goes to the console and to E2E_SERVER_LOG, for tests of what it logs.
  const serverLog = createWriteStream(serverLogFile)
  server.stdout?.on('data', (chunk: Buffer) => (process.stdout.write(chunk), serverLog.write(chunk)))
  server.stderr?.on('data', (chunk: Buffer) => (process.stderr.write(chunk), serverLog.write(chunk)))
  worker = spawn(process.execPath, [require.resolve('tsx/cli'), 'scripts/worker.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, NODE_ENV: 'production', SITE_URL: baseUrl },
  })
  // The worker is ready once it says so (scripts/worker.ts). Until then it compiles and starts
  // Payload on the same two cores: a bench started beside that measured the worker's boot.
  const workerReady = new Promise<void>((resolve, reject) => {
    let seen = ''
    worker!.stdout?.on('data', (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4096)
      if (seen.includes(workerReadyLine)) resolve()
    })
    worker!.once('exit', (code) => reject(new Error(`the mail worker ended (${code}) before it was ready`)))
  })
  worker.stdout?.on('data', (chunk: Buffer) => serverLog.write(chunk))
  worker.stderr?.on('data', (chunk: Buffer) => (process.stderr.write(chunk), serverLog.write(chunk)))
  await waitFor(`${baseUrl}/de`, 60_000)
  await settleWithin(workerReady, 120_000, () => 'waiting for the mail worker')
  log(`server and mail worker ready at ${baseUrl}`)

  // E2E_RUN=scripts/benchSignup.ts runs that script against the same server instead of jest.
  const [command, args] = process.env.E2E_RUN
    ? ['npx', ['tsx', process.env.E2E_RUN]]
    : [process.execPath, [jestBin, '--config', 'jest.e2e.config.mjs', ...process.argv.slice(2)]]
  exitCode = await run(command, args, {
    ...env,
    NODE_OPTIONS: process.env.E2E_RUN ? '' : '--experimental-vm-modules',
    E2E_BASE_URL: baseUrl,
    BENCH_URL: baseUrl,
    E2E_SERVER_LOG: serverLogFile,
    E2E_HARNESS_PID: String(process.pid),
  })
} catch (error) {
  console.error('[e2e]', error)
} finally {
  server?.kill('SIGTERM')
  await stopWorker(worker)
  await inbox.stop()
  await database.stop()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(runDir, { recursive: true, force: true })
}
process.exit(exitCode)
