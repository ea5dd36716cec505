import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_navigation_items_section" AS ENUM('dialogue', 'sessions', 'topics', 'stakeholders', 'newsletter');
  CREATE TYPE "public"."enum_footer_links_section" AS ENUM('dialogue', 'sessions', 'topics', 'stakeholders', 'newsletter');
  ALTER TABLE "navigation_items" ADD COLUMN "section" "enum_navigation_items_section";
  ALTER TABLE "navigation_items" ADD COLUMN "dialogue_id" integer;
  ALTER TABLE "footer_links" ADD COLUMN "section" "enum_footer_links_section";
  ALTER TABLE "footer_links" ADD COLUMN "dialogue_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "logo_id" integer;
  ALTER TABLE "site_settings_locales" ADD COLUMN "ministry_name" varchar;
  ALTER TABLE "navigation_items" ADD CONSTRAINT "navigation_items_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "footer_links" ADD CONSTRAINT "footer_links_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "navigation_items_dialogue_idx" ON "navigation_items" USING btree ("dialogue_id");
  CREATE INDEX "footer_links_dialogue_idx" ON "footer_links" USING btree ("dialogue_id");
  CREATE INDEX "site_settings_logo_idx" ON "site_settings" USING btree ("logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "navigation_items" DROP CONSTRAINT IF EXISTS "navigation_items_dialogue_id_dialogues_id_fk";
  
  ALTER TABLE "footer_links" DROP CONSTRAINT IF EXISTS "footer_links_dialogue_id_dialogues_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT IF EXISTS "site_settings_logo_id_media_id_fk";
  
  DROP INDEX "navigation_items_dialogue_idx";
  DROP INDEX "footer_links_dialogue_idx";
  DROP INDEX "site_settings_logo_idx";
  ALTER TABLE "navigation_items" DROP COLUMN "section";
  ALTER TABLE "navigation_items" DROP COLUMN "dialogue_id";
  ALTER TABLE "footer_links" DROP COLUMN "section";
  ALTER TABLE "footer_links" DROP COLUMN "dialogue_id";
  ALTER TABLE "site_settings" DROP COLUMN "logo_id";
  ALTER TABLE "site_settings_locales" DROP COLUMN "ministry_name";
  DROP TYPE "public"."enum_navigation_items_section";
  DROP TYPE "public"."enum_footer_links_section";`)
}
