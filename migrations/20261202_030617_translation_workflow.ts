import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dialogues" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "dialogues_locales" ADD COLUMN "ready_for_review" boolean;
  ALTER TABLE "_dialogues_v" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "_dialogues_v_locales" ADD COLUMN "version_ready_for_review" boolean;
  ALTER TABLE "sessions" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "sessions_locales" ADD COLUMN "ready_for_review" boolean;
  ALTER TABLE "_sessions_v" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "_sessions_v_locales" ADD COLUMN "version_ready_for_review" boolean;
  ALTER TABLE "pages" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "pages_locales" ADD COLUMN "ready_for_review" boolean;
  ALTER TABLE "_pages_v" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_ready_for_review" boolean;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dialogues" DROP COLUMN "translation_sources";
  ALTER TABLE "dialogues_locales" DROP COLUMN "ready_for_review";
  ALTER TABLE "_dialogues_v" DROP COLUMN "version_translation_sources";
  ALTER TABLE "_dialogues_v_locales" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "sessions" DROP COLUMN "translation_sources";
  ALTER TABLE "sessions_locales" DROP COLUMN "ready_for_review";
  ALTER TABLE "_sessions_v" DROP COLUMN "version_translation_sources";
  ALTER TABLE "_sessions_v_locales" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "pages" DROP COLUMN "translation_sources";
  ALTER TABLE "pages_locales" DROP COLUMN "ready_for_review";
  ALTER TABLE "_pages_v" DROP COLUMN "version_translation_sources";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_ready_for_review";`)
}
