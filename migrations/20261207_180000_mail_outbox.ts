import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'
import { registerFunctionSource, up as registerWithAddJob } from './20261202_190000_sign_up_function'

// The outbox proper (lib/mail/outbox/relay.ts says why): every mail is first a row of
// mail_outbox, written in the transaction of the change that causes it; the worker moves the rows
// into graphile-worker's queue in batches. newsletter_register (migration
// 20261202_190000_sign_up_function) wrote the confirmation mail with graphile_worker.add_job
// instead; it now writes a row here — the rest of it is unchanged, and derived from that
// migration's source.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
CREATE TABLE IF NOT EXISTS mail_outbox (
  id bigserial PRIMARY KEY,
  task text NOT NULL,
  payload json NOT NULL,
  run_at timestamptz,
  max_attempts int NOT NULL,
  job_key text,
  created_at timestamptz NOT NULL DEFAULT now()
)`)
  await db.execute(sql.raw(registerWritingOutboxRow()))
}

// newsletter_register as before, with its add_job call replaced by the outbox row.
function registerWritingOutboxRow(): string {
  const addJob = /PERFORM graphile_worker\.add_job\([^;]*\);/
  if (!addJob.test(registerFunctionSource)) throw new Error('newsletter_register: its add_job call was not found')
  return registerFunctionSource.replace(
    addJob,
    `INSERT INTO mail_outbox (task, payload, max_attempts, job_key)
    VALUES (p_task, jsonb_set(p_job::jsonb, '{props,subscriberId}', to_jsonb(v_id))::json, p_max_attempts, 'confirmation:' || v_id);`,
  )
}

// The mails still waiting here go to graphile-worker's queue first, so none is lost.
export async function down(args: MigrateDownArgs): Promise<void> {
  await args.db.execute(sql`
    SELECT graphile_worker.add_job(task, payload, run_at := run_at, max_attempts := max_attempts, job_key := job_key)
    FROM mail_outbox ORDER BY id`)
  await registerWithAddJob(args as unknown as MigrateUpArgs)
  await args.db.execute(sql`DROP TABLE IF EXISTS mail_outbox`)
}
