import { runMigrations } from 'graphile-worker'
import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'
import { databasePool } from '../lib/db/pool'

// The mail outbox lives in graphile-worker's schema (`graphile_worker`, lib/mail/outbox/). Its
// tables come from graphile-worker's own migrations, applied here so that every database that
// passed `payload migrate` can take a job inside a sign-up's transaction before any worker ran
// (the worker applies them again at start; both are idempotent and serialised by an advisory lock).
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  await runMigrations({ pgPool: databasePool(payload) as never, logger: undefined })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP SCHEMA IF EXISTS graphile_worker CASCADE`)
}
