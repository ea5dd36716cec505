import type { Payload } from 'payload'
import { databasePool } from '@/lib/db/pool'

// What the outbox holds for the mails whose row `where` (SQL over `payload`, the QueuedMail JSON,
// and `key`) picks: still in `mail_outbox`, or moved into graphile-worker's queue (whose public
// `jobs` view leaves the payload out, hence its private table).
export async function queuedMailPayloads<Queued>(payload: Payload, where: string, values: unknown[]): Promise<Queued[]> {
  const { rows } = await databasePool(payload).query<{ payload: Queued }>(
    `SELECT payload FROM (
       SELECT 0 AS stage, job.id, job.payload, job.key FROM graphile_worker._private_jobs AS job
         JOIN graphile_worker._private_tasks AS task ON task.id = job.task_id WHERE task.identifier = 'send-mail'
       UNION ALL
       SELECT 1, id, payload, job_key FROM mail_outbox WHERE task = 'send-mail'
     ) AS mails WHERE ${where} ORDER BY stage, id`,
    values,
  )
  return rows.map((row) => row.payload)
}

// Takes the mails with these keys off the outbox, for files that run no worker: the next file's
// worker would otherwise have to send them all before its own.
export async function dropQueuedMails(payload: Payload, keys: string[]): Promise<void> {
  const pool = databasePool(payload)
  await pool.query('DELETE FROM mail_outbox WHERE job_key = ANY($1::text[])', [keys])
  await pool.query('SELECT graphile_worker.remove_job(key) FROM unnest($1::text[]) AS key', [keys])
}
