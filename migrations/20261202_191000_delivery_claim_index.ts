import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// The dispatcher claims pending deliveries in id order (newsletter/dispatch/claims.ts); without
// this index every claim walked past the rows already sent. Payload's config cannot declare a
// partial index, so it lives here only.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE INDEX IF NOT EXISTS newsletter_deliveries_pending_idx ON newsletter_deliveries (id) WHERE status = 'pending'`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS newsletter_deliveries_pending_idx`)
}
