// `npm run test:e2e`: a fresh embedded PostgreSQL with migrations and the seed, a production
// build (skip with E2E_SKIP_BUILD=1), `next start` on a free port, then the browser tests
// (or, with E2E_RUN=<script>, that script: the benches use it).
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareDevDatabase } from '../lib/bootstrap/prepareDatabase'
import { createDatabaseIfMissing } from '../lib/db/createDatabase'
import { startEmbeddedPostgres } from '../lib/db/embeddedPostgres'
import { freePort } from '../lib/db/freePort'

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
const database = await startEmbeddedPostgres(dataDir, log)
let server: ChildProcess | undefined
let exitCode = 1
try {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url('e2e'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PAYLOAD_ADMIN_EMAIL: 'e2e-admin@example.org',
    PAYLOAD_ADMIN_PASSWORD: randomBytes(12).toString('hex'),
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
  // As scripts/start.ts runs it: the socket address appended to X-Forwarded-For.
  server = spawn(process.execPath, ['--require', require.resolve('../lib/http/recordPeerAddress.cjs'), nextBin, 'start', '-p', String(port)], {
    stdio: 'inherit',
    env: { ...env, NODE_ENV: 'production', SITE_URL: baseUrl },
  })
  await waitFor(`${baseUrl}/de`, 60_000)
  log(`server ready at ${baseUrl}`)

  // E2E_RUN=scripts/benchSignup.ts runs that script against the same server instead of jest.
  const [command, args] = process.env.E2E_RUN
    ? ['npx', ['tsx', process.env.E2E_RUN]]
    : [process.execPath, [jestBin, '--config', 'jest.e2e.config.mjs', ...process.argv.slice(2)]]
  exitCode = await run(command, args, {
    ...env,
    NODE_OPTIONS: process.env.E2E_RUN ? '' : '--experimental-vm-modules',
    E2E_BASE_URL: baseUrl,
    BENCH_URL: baseUrl,
  })
} catch (error) {
  console.error('[e2e]', error)
} finally {
  server?.kill('SIGTERM')
  await database.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(exitCode)
