// `npm run worker`: the mail outbox's worker (lib/mail/outbox/worker.ts) as a process of its own.
// Production runs one or more beside `npm start` (any number, on any machine: they share the
// queue in PostgreSQL and never take the same mail); `npm run dev` and the e2e harness start one.
// SIGTERM/SIGINT: no new mails are taken, the ones being sent finish, then the process ends.
import { existsSync } from 'node:fs'
import { setPriority } from 'node:os'
import { failAndExit } from '../lib/bootstrap/fail'
import { closePayload } from '../lib/bootstrap/closePayload'
import { workerReadyLine } from '../lib/mail/outbox/readyLine'

if (existsSync('.env')) process.loadEnvFile('.env')
const log = (message: string) => console.log(`[worker] ${message}`)

try {
  const [{ getPayload }, { default: config }, { startMailWorker }, { settings }] = await Promise.all([
    import('payload'),
    import('../payload.config'),
    import('../lib/mail/outbox/worker'),
    import('../lib/env'),
  ])
  const payload = await getPayload({ config, key: 'mail-worker' })
  const { MAIL_WORKER_CONCURRENCY: concurrency, MAIL_WORKER_NICE: nice } = settings()
  // Below the web server's priority where both share a machine: under a burst of sign-ups the
  // mails go out a few seconds later instead of the readers' answers (bench:signup, README).
  try {
    setPriority(nice)
  } catch (error) {
    log(`could not set the CPU priority to nice ${nice}: ${(error as Error).message}`)
  }
  const worker = await startMailWorker(payload, { concurrency })
  log(`${workerReadyLine} (${concurrency} at a time)`)
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log(`${signal}: finishing the mails in flight`)
    await worker.stop()
    await closePayload(payload)
    process.exit(0)
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop(signal))
} catch (error) {
  await failAndExit(error)
}
