// Topics and stakeholders publish each locale on its own, like dialogues, sessions and pages
// (collections/editorialVersions.ts; the per-locale status as in 20261202_025126_localize_status).
// What readers see today stays visible: every locale a document has is marked published, and
// each document gets a first (latest) version copied from it, so the first draft saved in one
// locale starts from the published state of the others.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_topics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_published_locale" AS ENUM('de', 'es', 'en');
  CREATE TYPE "public"."enum__topics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_stakeholders_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stakeholders_v_version_sector" AS ENUM('government', 'business', 'academia', 'civil-society', 'international');
  CREATE TYPE "public"."enum__stakeholders_v_published_locale" AS ENUM('de', 'es', 'en');
  CREATE TYPE "public"."enum__stakeholders_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "_topics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_translation_sources" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__topics_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_topics_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_description" varchar,
  	"version_ready_for_review" boolean,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version__status" "enum__topics_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_topics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"workplan_areas_id" integer
  );
  
  CREATE TABLE "_stakeholders_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_acronym" varchar,
  	"version_country" varchar,
  	"version_sector" "enum__stakeholders_v_version_sector",
  	"version_website" varchar,
  	"version_logo_id" integer,
  	"version_translation_sources" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__stakeholders_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_stakeholders_v_locales" (
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_description" varchar,
  	"version_ready_for_review" boolean,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version__status" "enum__stakeholders_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "topics_locales" ALTER COLUMN "title" DROP NOT NULL;
  ALTER TABLE "stakeholders" ALTER COLUMN "country" DROP NOT NULL;
  ALTER TABLE "stakeholders" ALTER COLUMN "sector" DROP NOT NULL;
  ALTER TABLE "stakeholders_locales" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "topics" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "topics_locales" ADD COLUMN "ready_for_review" boolean;
  ALTER TABLE "topics_locales" ADD COLUMN "_status" "enum_topics_status" DEFAULT 'draft';
  ALTER TABLE "stakeholders" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "stakeholders_locales" ADD COLUMN "ready_for_review" boolean;
  ALTER TABLE "stakeholders_locales" ADD COLUMN "_status" "enum_stakeholders_status" DEFAULT 'draft';
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_locales" ADD CONSTRAINT "_topics_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_locales" ADD CONSTRAINT "_topics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_workplan_areas_fk" FOREIGN KEY ("workplan_areas_id") REFERENCES "public"."workplan_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stakeholders_v" ADD CONSTRAINT "_stakeholders_v_parent_id_stakeholders_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stakeholders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stakeholders_v" ADD CONSTRAINT "_stakeholders_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stakeholders_v_locales" ADD CONSTRAINT "_stakeholders_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stakeholders_v_locales" ADD CONSTRAINT "_stakeholders_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stakeholders_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_topics_v_parent_idx" ON "_topics_v" USING btree ("parent_id");
  CREATE INDEX "_topics_v_version_version_updated_at_idx" ON "_topics_v" USING btree ("version_updated_at");
  CREATE INDEX "_topics_v_version_version_created_at_idx" ON "_topics_v" USING btree ("version_created_at");
  CREATE INDEX "_topics_v_created_at_idx" ON "_topics_v" USING btree ("created_at");
  CREATE INDEX "_topics_v_updated_at_idx" ON "_topics_v" USING btree ("updated_at");
  CREATE INDEX "_topics_v_snapshot_idx" ON "_topics_v" USING btree ("snapshot");
  CREATE INDEX "_topics_v_published_locale_idx" ON "_topics_v" USING btree ("published_locale");
  CREATE INDEX "_topics_v_latest_idx" ON "_topics_v" USING btree ("latest");
  CREATE INDEX "_topics_v_version_version_slug_idx" ON "_topics_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_topics_v_version_meta_version_meta_image_idx" ON "_topics_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "_topics_v_version_version__status_idx" ON "_topics_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_topics_v_locales_locale_parent_id_unique" ON "_topics_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_topics_v_rels_order_idx" ON "_topics_v_rels" USING btree ("order");
  CREATE INDEX "_topics_v_rels_parent_idx" ON "_topics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_topics_v_rels_path_idx" ON "_topics_v_rels" USING btree ("path");
  CREATE INDEX "_topics_v_rels_workplan_areas_id_idx" ON "_topics_v_rels" USING btree ("workplan_areas_id");
  CREATE INDEX "_stakeholders_v_parent_idx" ON "_stakeholders_v" USING btree ("parent_id");
  CREATE INDEX "_stakeholders_v_version_version_logo_idx" ON "_stakeholders_v" USING btree ("version_logo_id");
  CREATE INDEX "_stakeholders_v_version_version_updated_at_idx" ON "_stakeholders_v" USING btree ("version_updated_at");
  CREATE INDEX "_stakeholders_v_version_version_created_at_idx" ON "_stakeholders_v" USING btree ("version_created_at");
  CREATE INDEX "_stakeholders_v_created_at_idx" ON "_stakeholders_v" USING btree ("created_at");
  CREATE INDEX "_stakeholders_v_updated_at_idx" ON "_stakeholders_v" USING btree ("updated_at");
  CREATE INDEX "_stakeholders_v_snapshot_idx" ON "_stakeholders_v" USING btree ("snapshot");
  CREATE INDEX "_stakeholders_v_published_locale_idx" ON "_stakeholders_v" USING btree ("published_locale");
  CREATE INDEX "_stakeholders_v_latest_idx" ON "_stakeholders_v" USING btree ("latest");
  CREATE INDEX "_stakeholders_v_version_version_slug_idx" ON "_stakeholders_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_stakeholders_v_version_meta_version_meta_image_idx" ON "_stakeholders_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "_stakeholders_v_version_version__status_idx" ON "_stakeholders_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_stakeholders_v_locales_locale_parent_id_unique" ON "_stakeholders_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "topics__status_idx" ON "topics_locales" USING btree ("_status","_locale");
  CREATE INDEX "stakeholders__status_idx" ON "stakeholders_locales" USING btree ("_status","_locale");`)
  await db.execute(sql`
  UPDATE "topics_locales" SET "_status" = 'published';
  UPDATE "stakeholders_locales" SET "_status" = 'published';
  INSERT INTO "_topics_v" ("parent_id", "version_translation_sources", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest")
    SELECT "id", "translation_sources", "updated_at", "created_at", "updated_at", "updated_at", true FROM "topics";
  INSERT INTO "_topics_v_locales" ("version_title", "version_slug", "version_description", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "_locale", "_parent_id")
    SELECT x."title", x."slug", x."description", x."meta_title", x."meta_description", x."meta_image_id", 'published', x."_locale", v."id"
    FROM "topics_locales" x JOIN "_topics_v" v ON v."parent_id" = x."_parent_id";
  INSERT INTO "_topics_v_rels" ("order", "parent_id", "path", "workplan_areas_id")
    SELECT r."order", v."id", 'version.' || r."path", r."workplan_areas_id"
    FROM "topics_rels" r JOIN "_topics_v" v ON v."parent_id" = r."parent_id";
  INSERT INTO "_stakeholders_v" ("parent_id", "version_acronym", "version_country", "version_sector", "version_website", "version_logo_id", "version_translation_sources", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest")
    SELECT "id", "acronym", "country", "sector"::text::"enum__stakeholders_v_version_sector", "website", "logo_id", "translation_sources", "updated_at", "created_at", "updated_at", "updated_at", true FROM "stakeholders";
  INSERT INTO "_stakeholders_v_locales" ("version_name", "version_slug", "version_description", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "_locale", "_parent_id")
    SELECT x."name", x."slug", x."description", x."meta_title", x."meta_description", x."meta_image_id", 'published', x."_locale", v."id"
    FROM "stakeholders_locales" x JOIN "_stakeholders_v" v ON v."parent_id" = x."_parent_id";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_topics_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stakeholders_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stakeholders_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "_topics_v" CASCADE;
  DROP TABLE "_topics_v_locales" CASCADE;
  DROP TABLE "_topics_v_rels" CASCADE;
  DROP TABLE "_stakeholders_v" CASCADE;
  DROP TABLE "_stakeholders_v_locales" CASCADE;
  DROP INDEX "topics__status_idx";
  DROP INDEX "stakeholders__status_idx";
  ALTER TABLE "topics_locales" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "stakeholders" ALTER COLUMN "country" SET NOT NULL;
  ALTER TABLE "stakeholders" ALTER COLUMN "sector" SET NOT NULL;
  ALTER TABLE "stakeholders_locales" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "topics" DROP COLUMN "translation_sources";
  ALTER TABLE "topics_locales" DROP COLUMN "ready_for_review";
  ALTER TABLE "topics_locales" DROP COLUMN "_status";
  ALTER TABLE "stakeholders" DROP COLUMN "translation_sources";
  ALTER TABLE "stakeholders_locales" DROP COLUMN "ready_for_review";
  ALTER TABLE "stakeholders_locales" DROP COLUMN "_status";
  DROP TYPE "public"."enum_topics_status";
  DROP TYPE "public"."enum__topics_v_published_locale";
  DROP TYPE "public"."enum__topics_v_version_status";
  DROP TYPE "public"."enum_stakeholders_status";
  DROP TYPE "public"."enum__stakeholders_v_version_sector";
  DROP TYPE "public"."enum__stakeholders_v_published_locale";
  DROP TYPE "public"."enum__stakeholders_v_version_status";`)
}
