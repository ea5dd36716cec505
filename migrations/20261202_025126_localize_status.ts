// Publishing per locale (collections/editorialVersions.ts, `localizeStatus`): the status moves
// from the document row into each locale's row, in the documents and in their versions.
// Written here instead of Payload's `localizeStatus` migration helper (payload#16890).
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "dialogues__status_idx";
  DROP INDEX "_dialogues_v_version_version__status_idx";
  DROP INDEX "sessions__status_idx";
  DROP INDEX "_sessions_v_version_version__status_idx";
  DROP INDEX "pages__status_idx";
  DROP INDEX "_pages_v_version_version__status_idx";
  ALTER TABLE "dialogues_locales" ADD COLUMN "_status" "enum_dialogues_status" DEFAULT 'draft';
  ALTER TABLE "_dialogues_v_locales" ADD COLUMN "version__status" "enum__dialogues_v_version_status" DEFAULT 'draft';
  ALTER TABLE "sessions_locales" ADD COLUMN "_status" "enum_sessions_status" DEFAULT 'draft';
  ALTER TABLE "_sessions_v_locales" ADD COLUMN "version__status" "enum__sessions_v_version_status" DEFAULT 'draft';
  ALTER TABLE "pages_locales" ADD COLUMN "_status" "enum_pages_status" DEFAULT 'draft';
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version__status" "enum__pages_v_version_status" DEFAULT 'draft';
  CREATE INDEX "dialogues__status_idx" ON "dialogues_locales" USING btree ("_status","_locale");
  CREATE INDEX "_dialogues_v_version_version__status_idx" ON "_dialogues_v_locales" USING btree ("version__status","_locale");
  CREATE INDEX "sessions__status_idx" ON "sessions_locales" USING btree ("_status","_locale");
  CREATE INDEX "_sessions_v_version_version__status_idx" ON "_sessions_v_locales" USING btree ("version__status","_locale");
  CREATE INDEX "pages__status_idx" ON "pages_locales" USING btree ("_status","_locale");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v_locales" USING btree ("version__status","_locale");`)
  // Every existing document had one status for all locales: each locale row takes it over
  // (rows a locale never had are added, so a published document stays published everywhere).
  for (const table of ['dialogues', 'sessions', 'pages']) {
    await db.execute(
      sql.raw(`
      INSERT INTO "${table}_locales" ("_locale", "_parent_id")
        SELECT l, d."id" FROM "${table}" d CROSS JOIN unnest(enum_range(NULL::"_locales")) l
        WHERE NOT EXISTS (SELECT 1 FROM "${table}_locales" x WHERE x."_parent_id" = d."id" AND x."_locale" = l);
      UPDATE "${table}_locales" x SET "_status" = d."_status" FROM "${table}" d WHERE x."_parent_id" = d."id";
      INSERT INTO "_${table}_v_locales" ("_locale", "_parent_id")
        SELECT l, v."id" FROM "_${table}_v" v CROSS JOIN unnest(enum_range(NULL::"_locales")) l
        WHERE NOT EXISTS (SELECT 1 FROM "_${table}_v_locales" x WHERE x."_parent_id" = v."id" AND x."_locale" = l);
      UPDATE "_${table}_v_locales" x SET "version__status" = v."version__status" FROM "_${table}_v" v WHERE x."_parent_id" = v."id";`),
    )
  }
  await db.execute(sql`
  ALTER TABLE "dialogues" DROP COLUMN "_status";
  ALTER TABLE "_dialogues_v" DROP COLUMN "version__status";
  ALTER TABLE "sessions" DROP COLUMN "_status";
  ALTER TABLE "_sessions_v" DROP COLUMN "version__status";
  ALTER TABLE "pages" DROP COLUMN "_status";
  ALTER TABLE "_pages_v" DROP COLUMN "version__status";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "dialogues__status_idx";
  DROP INDEX "_dialogues_v_version_version__status_idx";
  DROP INDEX "sessions__status_idx";
  DROP INDEX "_sessions_v_version_version__status_idx";
  DROP INDEX "pages__status_idx";
  DROP INDEX "_pages_v_version_version__status_idx";
  ALTER TABLE "dialogues" ADD COLUMN "_status" "enum_dialogues_status" DEFAULT 'draft';
  ALTER TABLE "_dialogues_v" ADD COLUMN "version__status" "enum__dialogues_v_version_status" DEFAULT 'draft';
  ALTER TABLE "sessions" ADD COLUMN "_status" "enum_sessions_status" DEFAULT 'draft';
  ALTER TABLE "_sessions_v" ADD COLUMN "version__status" "enum__sessions_v_version_status" DEFAULT 'draft';
  ALTER TABLE "pages" ADD COLUMN "_status" "enum_pages_status" DEFAULT 'draft';
  ALTER TABLE "_pages_v" ADD COLUMN "version__status" "enum__pages_v_version_status" DEFAULT 'draft';
  CREATE INDEX "dialogues__status_idx" ON "dialogues" USING btree ("_status");
  CREATE INDEX "_dialogues_v_version_version__status_idx" ON "_dialogues_v" USING btree ("version__status");
  CREATE INDEX "sessions__status_idx" ON "sessions" USING btree ("_status");
  CREATE INDEX "_sessions_v_version_version__status_idx" ON "_sessions_v" USING btree ("version__status");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
`)
  for (const table of ['dialogues', 'sessions', 'pages']) {
    await db.execute(
      sql.raw(`
      UPDATE "${table}" d SET "_status" = x."_status" FROM "${table}_locales" x WHERE x."_parent_id" = d."id" AND x."_locale" = 'de';
      UPDATE "_${table}_v" v SET "version__status" = x."version__status" FROM "_${table}_v_locales" x WHERE x."_parent_id" = v."id" AND x."_locale" = 'de';`),
    )
  }
  await db.execute(sql`
  ALTER TABLE "dialogues_locales" DROP COLUMN "_status";
  ALTER TABLE "_dialogues_v_locales" DROP COLUMN "version__status";
  ALTER TABLE "sessions_locales" DROP COLUMN "_status";
  ALTER TABLE "_sessions_v_locales" DROP COLUMN "version__status";
  ALTER TABLE "pages_locales" DROP COLUMN "_status";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version__status";`)
}
