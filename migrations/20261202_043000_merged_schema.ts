import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

// Changes nothing: the six migrations before it were written in parallel, each against the
// schema of its own branch, so each snapshot (.json) knows only its own part. This one carries
// the snapshot of the whole schema, which the next `npm run migrate:create` compares with.
// (Checked: a database built by the migrations has the schema Payload pushes from the config.)
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
