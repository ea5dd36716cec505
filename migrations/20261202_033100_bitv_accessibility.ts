import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_captions_language" AS ENUM('de', 'es', 'en');
  CREATE TYPE "public"."enum_pages_statement_conformance" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum_pages_statement_method" AS ENUM('self-assessment', 'external-test');
  CREATE TYPE "public"."enum__pages_v_version_statement_conformance" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum__pages_v_version_statement_method" AS ENUM('self-assessment', 'external-test');
  CREATE TYPE "public"."enum_accessibility_feedback_locale" AS ENUM('de', 'es', 'en');
  CREATE TYPE "public"."enum_accessibility_feedback_status" AS ENUM('new', 'in-progress', 'done');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeOldAccessibilityFeedback' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeOldAccessibilityFeedback' BEFORE 'schedulePublish';
  CREATE TABLE "pages_statement_barriers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages_statement_barriers_locales" (
  	"content" varchar,
  	"reason" varchar,
  	"alternative" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_pages_v_version_statement_barriers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_version_statement_barriers_locales" (
  	"content" varchar,
  	"reason" varchar,
  	"alternative" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "accessibility_feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"message" varchar NOT NULL,
  	"page" varchar,
  	"email" varchar,
  	"locale" "enum_accessibility_feedback_locale" NOT NULL,
  	"status" "enum_accessibility_feedback_status" DEFAULT 'new' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "media" ADD COLUMN "captions_id" integer;
  ALTER TABLE "media" ADD COLUMN "captions_language" "enum_media_captions_language" DEFAULT 'de';
  ALTER TABLE "media" ADD COLUMN "duration" numeric;
  ALTER TABLE "pages" ADD COLUMN "statement_conformance" "enum_pages_statement_conformance";
  ALTER TABLE "pages" ADD COLUMN "statement_prepared_on" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "statement_last_reviewed_on" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "statement_method" "enum_pages_statement_method";
  ALTER TABLE "pages" ADD COLUMN "statement_contact_email" varchar;
  ALTER TABLE "pages" ADD COLUMN "statement_contact_phone" varchar;
  ALTER TABLE "pages" ADD COLUMN "explanations_content_video_id" integer;
  ALTER TABLE "pages" ADD COLUMN "explanations_navigation_video_id" integer;
  ALTER TABLE "pages" ADD COLUMN "explanations_statement_video_id" integer;
  ALTER TABLE "pages" ADD COLUMN "explanations_further_info_video_id" integer;
  ALTER TABLE "pages_locales" ADD COLUMN "statement_contact_address" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "explanations_content_text" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "explanations_navigation_text" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "explanations_statement_text" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "explanations_further_info_text" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_statement_conformance" "enum__pages_v_version_statement_conformance";
  ALTER TABLE "_pages_v" ADD COLUMN "version_statement_prepared_on" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_statement_last_reviewed_on" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_statement_method" "enum__pages_v_version_statement_method";
  ALTER TABLE "_pages_v" ADD COLUMN "version_statement_contact_email" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_statement_contact_phone" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_explanations_content_video_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_explanations_navigation_video_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_explanations_statement_video_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_explanations_further_info_video_id" integer;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_statement_contact_address" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_explanations_content_text" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_explanations_navigation_text" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_explanations_statement_text" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_explanations_further_info_text" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "accessibility_feedback_id" integer;
  ALTER TABLE "pages_statement_barriers" ADD CONSTRAINT "pages_statement_barriers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_statement_barriers_locales" ADD CONSTRAINT "pages_statement_barriers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_statement_barriers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_statement_barriers" ADD CONSTRAINT "_pages_v_version_statement_barriers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_statement_barriers_locales" ADD CONSTRAINT "_pages_v_version_statement_barriers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_version_statement_barriers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_statement_barriers_order_idx" ON "pages_statement_barriers" USING btree ("_order");
  CREATE INDEX "pages_statement_barriers_parent_id_idx" ON "pages_statement_barriers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_statement_barriers_locales_locale_parent_id_unique" ON "pages_statement_barriers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_version_statement_barriers_order_idx" ON "_pages_v_version_statement_barriers" USING btree ("_order");
  CREATE INDEX "_pages_v_version_statement_barriers_parent_id_idx" ON "_pages_v_version_statement_barriers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_version_statement_barriers_locales_locale_parent_id" ON "_pages_v_version_statement_barriers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "accessibility_feedback_status_idx" ON "accessibility_feedback" USING btree ("status");
  CREATE INDEX "accessibility_feedback_updated_at_idx" ON "accessibility_feedback" USING btree ("updated_at");
  CREATE INDEX "accessibility_feedback_created_at_idx" ON "accessibility_feedback" USING btree ("created_at");
  ALTER TABLE "media" ADD CONSTRAINT "media_captions_id_media_id_fk" FOREIGN KEY ("captions_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_explanations_content_video_id_media_id_fk" FOREIGN KEY ("explanations_content_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_explanations_navigation_video_id_media_id_fk" FOREIGN KEY ("explanations_navigation_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_explanations_statement_video_id_media_id_fk" FOREIGN KEY ("explanations_statement_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_explanations_further_info_video_id_media_id_fk" FOREIGN KEY ("explanations_further_info_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_explanations_content_video_id_media_id_fk" FOREIGN KEY ("version_explanations_content_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_explanations_navigation_video_id_media_id_fk" FOREIGN KEY ("version_explanations_navigation_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_explanations_statement_video_id_media_id_fk" FOREIGN KEY ("version_explanations_statement_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_explanations_further_info_video_id_media_id_fk" FOREIGN KEY ("version_explanations_further_info_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_accessibility_feedback_fk" FOREIGN KEY ("accessibility_feedback_id") REFERENCES "public"."accessibility_feedback"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_captions_idx" ON "media" USING btree ("captions_id");
  CREATE INDEX "pages_explanations_content_explanations_content_video_idx" ON "pages" USING btree ("explanations_content_video_id");
  CREATE INDEX "pages_explanations_navigation_explanations_navigation_vi_idx" ON "pages" USING btree ("explanations_navigation_video_id");
  CREATE INDEX "pages_explanations_statement_explanations_statement_vide_idx" ON "pages" USING btree ("explanations_statement_video_id");
  CREATE INDEX "pages_explanations_further_info_explanations_further_inf_idx" ON "pages" USING btree ("explanations_further_info_video_id");
  CREATE INDEX "_pages_v_version_explanations_content_version_explanatio_idx" ON "_pages_v" USING btree ("version_explanations_content_video_id");
  CREATE INDEX "_pages_v_version_explanations_navigation_version_explana_idx" ON "_pages_v" USING btree ("version_explanations_navigation_video_id");
  CREATE INDEX "_pages_v_version_explanations_statement_version_explanat_idx" ON "_pages_v" USING btree ("version_explanations_statement_video_id");
  CREATE INDEX "_pages_v_version_explanations_further_info_version_expla_idx" ON "_pages_v" USING btree ("version_explanations_further_info_video_id");
  CREATE INDEX "payload_locked_documents_rels_accessibility_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("accessibility_feedback_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_statement_barriers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_statement_barriers_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_version_statement_barriers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_version_statement_barriers_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "accessibility_feedback" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_statement_barriers" CASCADE;
  DROP TABLE "pages_statement_barriers_locales" CASCADE;
  DROP TABLE "_pages_v_version_statement_barriers" CASCADE;
  DROP TABLE "_pages_v_version_statement_barriers_locales" CASCADE;
  DROP TABLE "accessibility_feedback" CASCADE;
  ALTER TABLE "media" DROP CONSTRAINT IF EXISTS "media_captions_id_media_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT IF EXISTS "pages_explanations_content_video_id_media_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT IF EXISTS "pages_explanations_navigation_video_id_media_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT IF EXISTS "pages_explanations_statement_video_id_media_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT IF EXISTS "pages_explanations_further_info_video_id_media_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT IF EXISTS "_pages_v_version_explanations_content_video_id_media_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT IF EXISTS "_pages_v_version_explanations_navigation_video_id_media_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT IF EXISTS "_pages_v_version_explanations_statement_video_id_media_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT IF EXISTS "_pages_v_version_explanations_further_info_video_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_accessibility_feedback_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgeUnconfirmedSubscribers', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgeUnconfirmedSubscribers', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "media_captions_idx";
  DROP INDEX "pages_explanations_content_explanations_content_video_idx";
  DROP INDEX "pages_explanations_navigation_explanations_navigation_vi_idx";
  DROP INDEX "pages_explanations_statement_explanations_statement_vide_idx";
  DROP INDEX "pages_explanations_further_info_explanations_further_inf_idx";
  DROP INDEX "_pages_v_version_explanations_content_version_explanatio_idx";
  DROP INDEX "_pages_v_version_explanations_navigation_version_explana_idx";
  DROP INDEX "_pages_v_version_explanations_statement_version_explanat_idx";
  DROP INDEX "_pages_v_version_explanations_further_info_version_expla_idx";
  DROP INDEX "payload_locked_documents_rels_accessibility_feedback_id_idx";
  ALTER TABLE "media" DROP COLUMN "captions_id";
  ALTER TABLE "media" DROP COLUMN "captions_language";
  ALTER TABLE "media" DROP COLUMN "duration";
  ALTER TABLE "pages" DROP COLUMN "statement_conformance";
  ALTER TABLE "pages" DROP COLUMN "statement_prepared_on";
  ALTER TABLE "pages" DROP COLUMN "statement_last_reviewed_on";
  ALTER TABLE "pages" DROP COLUMN "statement_method";
  ALTER TABLE "pages" DROP COLUMN "statement_contact_email";
  ALTER TABLE "pages" DROP COLUMN "statement_contact_phone";
  ALTER TABLE "pages" DROP COLUMN "explanations_content_video_id";
  ALTER TABLE "pages" DROP COLUMN "explanations_navigation_video_id";
  ALTER TABLE "pages" DROP COLUMN "explanations_statement_video_id";
  ALTER TABLE "pages" DROP COLUMN "explanations_further_info_video_id";
  ALTER TABLE "pages_locales" DROP COLUMN "statement_contact_address";
  ALTER TABLE "pages_locales" DROP COLUMN "explanations_content_text";
  ALTER TABLE "pages_locales" DROP COLUMN "explanations_navigation_text";
  ALTER TABLE "pages_locales" DROP COLUMN "explanations_statement_text";
  ALTER TABLE "pages_locales" DROP COLUMN "explanations_further_info_text";
  ALTER TABLE "_pages_v" DROP COLUMN "version_statement_conformance";
  ALTER TABLE "_pages_v" DROP COLUMN "version_statement_prepared_on";
  ALTER TABLE "_pages_v" DROP COLUMN "version_statement_last_reviewed_on";
  ALTER TABLE "_pages_v" DROP COLUMN "version_statement_method";
  ALTER TABLE "_pages_v" DROP COLUMN "version_statement_contact_email";
  ALTER TABLE "_pages_v" DROP COLUMN "version_statement_contact_phone";
  ALTER TABLE "_pages_v" DROP COLUMN "version_explanations_content_video_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_explanations_navigation_video_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_explanations_statement_video_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_explanations_further_info_video_id";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_statement_contact_address";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_explanations_content_text";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_explanations_navigation_text";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_explanations_statement_text";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_explanations_further_info_text";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "accessibility_feedback_id";
  DROP TYPE "public"."enum_media_captions_language";
  DROP TYPE "public"."enum_pages_statement_conformance";
  DROP TYPE "public"."enum_pages_statement_method";
  DROP TYPE "public"."enum__pages_v_version_statement_conformance";
  DROP TYPE "public"."enum__pages_v_version_statement_method";
  DROP TYPE "public"."enum_accessibility_feedback_locale";
  DROP TYPE "public"."enum_accessibility_feedback_status";`)
}
