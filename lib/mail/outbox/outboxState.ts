import type { Payload } from 'payload'
import { databasePool } from '../../db/pool'
import { SEND_MAIL_TASK } from './enqueueMail'

export interface OutboxEntry {
  key: string | null
  attempts: number
  maxAttempts: number
  lastError: string | null
  runAt: Date
  failed: boolean
}

// The mails still in the outbox: waiting (maybe for a retry) or failed for good — in the queue,
// or still in `mail_outbox` for the relay to move (lib/mail/outbox/relay.ts). A sent mail's job is
// gone. Ask by key (enqueueMail's `key`) or for all.
export async function outboxEntries(payload: Payload, key?: string): Promise<OutboxEntry[]> {
  const { rows } = await databasePool(payload).query<{
    key: string | null
    attempts: number
    max_attempts: number
    last_error: string | null
    run_at: Date
  }>(
    `SELECT key, attempts, max_attempts, last_error, run_at FROM (
       SELECT 0 AS stage, id, key, attempts, max_attempts, last_error, run_at FROM graphile_worker.jobs
        WHERE task_identifier = $2
       UNION ALL
       SELECT 1, id, job_key, 0, max_attempts, NULL, coalesce(run_at, created_at) FROM mail_outbox
        WHERE task = $2
     ) AS mails WHERE $1::text IS NULL OR key = $1 ORDER BY stage, id`,
    [key ?? null, SEND_MAIL_TASK],
  )
  return rows.map((row) => ({
    key: row.key,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    runAt: row.run_at,
    failed: row.attempts >= row.max_attempts,
  }))
}
