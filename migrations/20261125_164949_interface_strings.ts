import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_interface_strings_origin" AS ENUM('file', 'edited');
  CREATE TABLE "interface_strings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"source" varchar NOT NULL,
  	"description" varchar,
  	"namespace" varchar,
  	"archived" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "interface_strings_locales" (
  	"value" varchar,
  	"needs_review" boolean DEFAULT false,
  	"origin" "enum_interface_strings_origin" DEFAULT 'file',
  	"file_value" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "interface_strings_id" integer;
  ALTER TABLE "interface_strings_locales" ADD CONSTRAINT "interface_strings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interface_strings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "interface_strings_key_idx" ON "interface_strings" USING btree ("key");
  CREATE INDEX "interface_strings_namespace_idx" ON "interface_strings" USING btree ("namespace");
  CREATE INDEX "interface_strings_archived_idx" ON "interface_strings" USING btree ("archived");
  CREATE INDEX "interface_strings_updated_at_idx" ON "interface_strings" USING btree ("updated_at");
  CREATE INDEX "interface_strings_created_at_idx" ON "interface_strings" USING btree ("created_at");
  CREATE INDEX "interface_strings_needs_review_idx" ON "interface_strings_locales" USING btree ("needs_review","_locale");
  CREATE INDEX "interface_strings_origin_idx" ON "interface_strings_locales" USING btree ("origin","_locale");
  CREATE UNIQUE INDEX "interface_strings_locales_locale_parent_id_unique" ON "interface_strings_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interface_strings_fk" FOREIGN KEY ("interface_strings_id") REFERENCES "public"."interface_strings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_interface_strings_id_idx" ON "payload_locked_documents_rels" USING btree ("interface_strings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "interface_strings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interface_strings_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "interface_strings" CASCADE;
  DROP TABLE "interface_strings_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_interface_strings_fk";
  
  DROP INDEX "payload_locked_documents_rels_interface_strings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "interface_strings_id";
  DROP TYPE "public"."enum_interface_strings_origin";`)
}
