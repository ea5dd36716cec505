import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// A shared newsletter budget is the sum of its rows '<key>.<backend>' (newsletter/rateLimit.ts),
// found as the keys between '<key>.' and '<key>/'. The primary key's index orders by the
// database's collation, which need not keep such a prefix together; this one compares bytes.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE INDEX IF NOT EXISTS newsletter_rate_limits_key_bytes_idx ON newsletter_rate_limits (key COLLATE "C")`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS newsletter_rate_limits_key_bytes_idx`)
}
