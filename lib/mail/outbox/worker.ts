import { Logger, run, type Runner } from 'graphile-worker'
import pg from 'pg'
import type { Payload } from 'payload'
import { requireDatabaseUrl } from '../../env'
import { SEND_MAIL_TASK } from './enqueueMail'
import { sendMailTask } from './sendMailTask'

export interface MailWorkerOptions {
  // Mails sent at once by this process; several processes share the queue (SKIP LOCKED).
  concurrency?: number
  // How often to look for due retries; new mails arrive at once through LISTEN/NOTIFY.
  pollIntervalMs?: number
  databaseUrl?: string
}

export interface MailWorker {
  // Stops taking jobs, waits for the mails being sent, closes its connections.
  stop(): Promise<void>
  runner: Runner
}

// graphile-worker's messages go to Payload's JSON log. They name jobs by id and task, never by
// address (sendMailTask's errors carry SMTP codes only).
function workerLogger(payload: Payload): Logger {
  return new Logger(() => (level, message) => {
    const log = payload.logger
    if (level === 'error') log.error({ msg: `mail worker: ${message}` })
    else if (level === 'warning') log.warn({ msg: `mail worker: ${message}` })
    else if (level === 'info') log.info({ msg: `mail worker: ${message}` })
    else log.debug({ msg: `mail worker: ${message}` })
  })
}

// The outbox's worker: takes mail jobs from PostgreSQL and sends them (lib/mail/outbox/).
// Runs in `npm run worker` (scripts/worker.ts), in `npm run dev` and in tests.
export async function startMailWorker(payload: Payload, options: MailWorkerOptions = {}): Promise<MailWorker> {
  const concurrency = options.concurrency ?? 5
  // Its own pool: the worker holds one connection for LISTEN and one per mail in flight, and
  // must not take them from the pool Payload's queries use.
  const pool = new pg.Pool({ connectionString: options.databaseUrl ?? requireDatabaseUrl(), max: concurrency + 2 })
  const lost = (error: Error) => payload.logger.error({ err: error, msg: 'mail worker: database connection lost' })
  pool.on('error', lost)
  pool.on('connect', (client) => client.on('error', lost))
  const runner = await run({
    pgPool: pool,
    concurrency,
    pollInterval: options.pollIntervalMs ?? 2000,
    noHandleSignals: true,
    parsedCronItems: [],
    logger: workerLogger(payload),
    taskList: { [SEND_MAIL_TASK]: sendMailTask(payload) },
  })
  return {
    runner,
    async stop() {
      await runner.stop()
      await pool.end()
    },
  }
}
