import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscribers_suppression_reason" AS ENUM('hard-bounce', 'complaint');
  ALTER TYPE "public"."enum_subscribers_status" ADD VALUE 'suppressed';
  CREATE TABLE "privacy_notice_copies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hash" varchar NOT NULL,
  	"version" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"content" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "subscribers" ADD COLUMN "suppressed_at" timestamp(3) with time zone;
  ALTER TABLE "subscribers" ADD COLUMN "suppression_reason" "enum_subscribers_suppression_reason";
  ALTER TABLE "consent_records" ADD COLUMN "notice_copy_id" integer;
  ALTER TABLE "consent_records" ADD COLUMN "subject_hash" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "privacy_notice_copies_id" integer;
  CREATE UNIQUE INDEX "privacy_notice_copies_hash_idx" ON "privacy_notice_copies" USING btree ("hash");
  CREATE INDEX "privacy_notice_copies_updated_at_idx" ON "privacy_notice_copies" USING btree ("updated_at");
  CREATE INDEX "privacy_notice_copies_created_at_idx" ON "privacy_notice_copies" USING btree ("created_at");
  ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_notice_copy_id_privacy_notice_copies_id_fk" FOREIGN KEY ("notice_copy_id") REFERENCES "public"."privacy_notice_copies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_privacy_notice_copies_fk" FOREIGN KEY ("privacy_notice_copies_id") REFERENCES "public"."privacy_notice_copies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "subscribers_unsubscribed_at_idx" ON "subscribers" USING btree ("unsubscribed_at");
  CREATE INDEX "subscribers_suppressed_at_idx" ON "subscribers" USING btree ("suppressed_at");
  CREATE INDEX "consent_records_notice_copy_idx" ON "consent_records" USING btree ("notice_copy_id");
  CREATE INDEX "consent_records_subject_hash_idx" ON "consent_records" USING btree ("subject_hash");
  CREATE INDEX "payload_locked_documents_rels_privacy_notice_copies_id_idx" ON "payload_locked_documents_rels" USING btree ("privacy_notice_copies_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "privacy_notice_copies" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "privacy_notice_copies" CASCADE;
  ALTER TABLE "consent_records" DROP CONSTRAINT IF EXISTS "consent_records_notice_copy_id_privacy_notice_copies_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_privacy_notice_copies_fk";
  
  ALTER TABLE "subscribers" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "subscribers" ALTER COLUMN "status" SET DEFAULT 'pending'::text;
  DROP TYPE "public"."enum_subscribers_status";
  CREATE TYPE "public"."enum_subscribers_status" AS ENUM('pending', 'confirmed', 'unsubscribed');
  ALTER TABLE "subscribers" ALTER COLUMN "status" SET DEFAULT 'pending'::"public"."enum_subscribers_status";
  ALTER TABLE "subscribers" ALTER COLUMN "status" SET DATA TYPE "public"."enum_subscribers_status" USING "status"::"public"."enum_subscribers_status";
  DROP INDEX "subscribers_unsubscribed_at_idx";
  DROP INDEX "subscribers_suppressed_at_idx";
  DROP INDEX "consent_records_notice_copy_idx";
  DROP INDEX "consent_records_subject_hash_idx";
  DROP INDEX "payload_locked_documents_rels_privacy_notice_copies_id_idx";
  ALTER TABLE "subscribers" DROP COLUMN "suppressed_at";
  ALTER TABLE "subscribers" DROP COLUMN "suppression_reason";
  ALTER TABLE "consent_records" DROP COLUMN "notice_copy_id";
  ALTER TABLE "consent_records" DROP COLUMN "subject_hash";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "privacy_notice_copies_id";
  DROP TYPE "public"."enum_subscribers_suppression_reason";`)
}
