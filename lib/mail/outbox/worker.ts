import { EventEmitter } from 'node:events'
import { Logger, run, type Runner, type WorkerEvents } from 'graphile-worker'
import pg from 'pg'
import type { Payload } from 'payload'
import { startIssueDispatcher } from '../../../newsletter/dispatch/startIssueDispatcher'
import { requireDatabaseUrl } from '../../env'
import { freeJobsOfDeadWorkers, holdLiveness, type Liveness } from './deadWorkerLocks'
import { SEND_MAIL_TASK } from './enqueueMail'
import { startOutboxRelay } from './relay'
import { sendMailTask } from './sendMailTask'

export interface MailWorkerOptions {
  // Mails sent at once by this process; several processes share the queue (SKIP LOCKED).
  concurrency?: number
  // How often to look for due retries; new jobs arrive at once through LISTEN/NOTIFY.
  pollIntervalMs?: number
  // How often to look for new mails in the outbox table (lib/mail/outbox/relay.ts).
  relayIntervalMs?: number
  databaseUrl?: string
  // The same process sends newsletter issues (newsletter/dispatch/); tests of the outbox alone turn it off.
  dispatchIssues?: boolean
  // How often to look for mails locked by a worker process that died (deadWorkerLocks.ts), and
  // how old such a lock must be before it is looked at.
  deadWorkerCheckMs?: number
  deadWorkerGraceMs?: number
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
  // Three more: the one that holds this pool's liveness lock, the one that looks for dead ones
  // and the outbox relay's.
  const pool = new pg.Pool({ connectionString: options.databaseUrl ?? requireDatabaseUrl(), max: concurrency + 5 })
  const lost = (error: Error) => payload.logger.error({ err: error, msg: 'mail worker: database connection lost' })
  pool.on('error', lost)
  pool.on('connect', (client) => client.on('error', lost))
  // graphile-worker names its pool when it makes it; its workers lock jobs under that name.
  const events = new EventEmitter() as WorkerEvents
  let poolId: string | undefined
  let liveness: Promise<Liveness> | undefined
  events.on('pool:create', ({ workerPool }) => {
    poolId = workerPool.id
    liveness = holdLiveness(pool, workerPool.id, {
      onRelocked: () => payload.logger.info({ msg: 'mail worker: liveness lock held again after the connection was lost' }),
    })
    liveness.catch(() => undefined) // awaited, and its failure thrown, once run() has returned
  })
  const runner = await run({
    pgPool: pool,
    events,
    concurrency,
    pollInterval: options.pollIntervalMs ?? 2000,
    noHandleSignals: true,
    parsedCronItems: [],
    logger: workerLogger(payload),
    taskList: { [SEND_MAIL_TASK]: sendMailTask(payload) },
  })
  // Without its liveness lock this pool's mails would look abandoned to every other worker.
  try {
    if (!liveness) throw new Error('graphile-worker started no worker pool')
    await liveness
  } catch (error) {
    await runner.stop()
    await pool.end()
    throw error
  }
  const freeDeadWorkersJobs = () =>
    freeJobsOfDeadWorkers(pool, poolId, options.deadWorkerGraceMs ?? 30_000).then(
      (dead) => dead.length && payload.logger.warn({ msg: `mail worker: mails locked by ${dead.length} stopped worker(s) are queued again`, workers: dead }),
      (error: Error) => payload.logger.error({ err: error, msg: 'mail worker: looking for stopped workers failed' }),
    )
  void freeDeadWorkersJobs()
  const deadWorkerCheck = setInterval(() => void freeDeadWorkersJobs(), options.deadWorkerCheckMs ?? 15_000)
  deadWorkerCheck.unref()
  const relay = startOutboxRelay(pool, {
    intervalMs: options.relayIntervalMs,
    onError: (error) => payload.logger.error({ err: error, msg: 'mail worker: moving mails from the outbox into the queue failed; trying again' }),
    onRecovered: () => payload.logger.info({ msg: 'mail worker: the outbox is moving into the queue again' }),
  })
  const dispatcher = options.dispatchIssues === false ? null : startIssueDispatcher(payload)
  return {
    runner,
    async stop() {
      clearInterval(deadWorkerCheck)
      await relay.stop()
      await dispatcher?.stop()
      await runner.stop()
      await (await liveness!).release()
      await pool.end()
    },
  }
}
