import type pg from 'pg'

// Why a mail is first a row of `mail_outbox` and only then a job: graphile-worker's add_job
// NOTIFYs, and PostgreSQL serialises the commits of notifying transactions (each holds a
// database-wide lock through its WAL flush); add_job was also half of a sign-up's own statement
// time. A burst of sign-ups each adding its job queued behind that lock: bench:signup 250–350
// sign-ups/s with add_job, 450–470 with a row here. So a sign-up (or any change that causes a
// mail) writes one plain row in its own transaction, and the worker moves the rows into the
// queue, many per statement with one NOTIFY.
// Exactly once: the rows are deleted and their jobs added in one statement, so a relay that
// fails or is killed moves nothing; SKIP LOCKED lets several workers' relays share the table
// without taking a row twice. Rows with the same job key (a reader who signed up again) become
// one job, the latest row's, as add_job's 'replace' would have made them.
const RELAY_SQL = `
  WITH moved AS (
    DELETE FROM mail_outbox
     WHERE id IN (SELECT id FROM mail_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
    RETURNING id, task, payload, run_at, max_attempts, job_key
  ), latest AS (
    SELECT DISTINCT ON (coalesce(job_key, id::text)) * FROM moved ORDER BY coalesce(job_key, id::text), id DESC
  )
  SELECT (SELECT count(*) FROM moved)::int AS moved,
    (SELECT count(*) FROM graphile_worker.add_jobs(ARRAY(
      SELECT ROW(task, payload, NULL, run_at, max_attempts, job_key, NULL, NULL)::graphile_worker.job_spec FROM latest ORDER BY id
    )))::int AS queued
  WHERE EXISTS (SELECT 1 FROM moved)`

// Moves up to `batchSize` rows into the queue; returns how many rows it took.
export async function relayOutbox(pool: pg.Pool, batchSize: number): Promise<number> {
  const { rows } = await pool.query<{ moved: number }>(RELAY_SQL, [batchSize])
  return rows[0]?.moved ?? 0
}

export interface OutboxRelayOptions {
  // How often an empty outbox is looked at: a new mail waits at most this long before the queue.
  intervalMs?: number
  batchSize?: number
  onError(error: unknown): void
  onRecovered(): void
}

export interface OutboxRelay {
  stop(): Promise<void>
}

// Relays until stopped: again at once while batches come full, else after `intervalMs`. A failure
// (the database away) is reported once, and its recovery once, not on every pass.
export function startOutboxRelay(pool: pg.Pool, options: OutboxRelayOptions): OutboxRelay {
  const intervalMs = options.intervalMs ?? 250
  const batchSize = options.batchSize ?? 500
  let stopped = false
  let failing = false
  let timer: NodeJS.Timeout | undefined
  let wake: (() => void) | undefined
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve
      timer = setTimeout(resolve, ms)
    })
  const loop = (async () => {
    while (!stopped) {
      let moved = 0
      try {
        moved = await relayOutbox(pool, batchSize)
        if (failing) options.onRecovered()
        failing = false
      } catch (error) {
        if (!failing) options.onError(error)
        failing = true
      }
      if (moved < batchSize && !stopped) await pause(intervalMs)
    }
  })()
  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      wake?.()
      await loop
    },
  }
}
