import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dialogues_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "dialogues_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "dialogues_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_dialogues_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_dialogues_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_dialogues_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "sessions_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "sessions_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "sessions_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_sessions_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_sessions_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_sessions_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "topics_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "topics_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "topics_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "stakeholders_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "stakeholders_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "stakeholders_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "pages_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "dialogues_locales" ADD CONSTRAINT "dialogues_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dialogues_v_locales" ADD CONSTRAINT "_dialogues_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_locales" ADD CONSTRAINT "sessions_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v_locales" ADD CONSTRAINT "_sessions_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stakeholders_locales" ADD CONSTRAINT "stakeholders_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "dialogues_meta_meta_image_idx" ON "dialogues_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_dialogues_v_version_meta_version_meta_image_idx" ON "_dialogues_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "sessions_meta_meta_image_idx" ON "sessions_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_sessions_v_version_meta_version_meta_image_idx" ON "_sessions_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "topics_meta_meta_image_idx" ON "topics_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "stakeholders_meta_meta_image_idx" ON "stakeholders_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "pages_meta_meta_image_idx" ON "pages_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_pages_v_version_meta_version_meta_image_idx" ON "_pages_v_locales" USING btree ("version_meta_image_id","_locale");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dialogues_locales" DROP CONSTRAINT IF EXISTS "dialogues_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_dialogues_v_locales" DROP CONSTRAINT IF EXISTS "_dialogues_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "sessions_locales" DROP CONSTRAINT IF EXISTS "sessions_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_sessions_v_locales" DROP CONSTRAINT IF EXISTS "_sessions_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "topics_locales" DROP CONSTRAINT IF EXISTS "topics_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "stakeholders_locales" DROP CONSTRAINT IF EXISTS "stakeholders_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "pages_locales" DROP CONSTRAINT IF EXISTS "pages_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_pages_v_locales" DROP CONSTRAINT IF EXISTS "_pages_v_locales_version_meta_image_id_media_id_fk";
  
  DROP INDEX "dialogues_meta_meta_image_idx";
  DROP INDEX "_dialogues_v_version_meta_version_meta_image_idx";
  DROP INDEX "sessions_meta_meta_image_idx";
  DROP INDEX "_sessions_v_version_meta_version_meta_image_idx";
  DROP INDEX "topics_meta_meta_image_idx";
  DROP INDEX "stakeholders_meta_meta_image_idx";
  DROP INDEX "pages_meta_meta_image_idx";
  DROP INDEX "_pages_v_version_meta_version_meta_image_idx";
  ALTER TABLE "dialogues_locales" DROP COLUMN "meta_title";
  ALTER TABLE "dialogues_locales" DROP COLUMN "meta_description";
  ALTER TABLE "dialogues_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_dialogues_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_dialogues_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_dialogues_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "sessions_locales" DROP COLUMN "meta_title";
  ALTER TABLE "sessions_locales" DROP COLUMN "meta_description";
  ALTER TABLE "sessions_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_sessions_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_sessions_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_sessions_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "topics_locales" DROP COLUMN "meta_title";
  ALTER TABLE "topics_locales" DROP COLUMN "meta_description";
  ALTER TABLE "topics_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "stakeholders_locales" DROP COLUMN "meta_title";
  ALTER TABLE "stakeholders_locales" DROP COLUMN "meta_description";
  ALTER TABLE "stakeholders_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "pages_locales" DROP COLUMN "meta_title";
  ALTER TABLE "pages_locales" DROP COLUMN "meta_description";
  ALTER TABLE "pages_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_meta_image_id";`)
}
