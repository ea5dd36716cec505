import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// newsletter_register: one sign-up's writes as one statement (newsletter/registration.ts says
// why). It writes Payload's own tables (subscribers, subscribers_rels, consent_records) and the
// outbox (graphile_worker.add_job); a change of those collections' columns must change it too —
// the sign-up's integration tests read every row it writes back through Payload.
//
// Every call runs the same statements: insert-or-find the row and lock it, then, inside a block
// that is a subtransaction, update it, replace its interests, record the consent and queue the
// mail; where nothing may change the block raises NLREH and all of it is rolled back. So a known
// address costs what a new one does.
// The function's source; migration 20261207_180000_mail_outbox derives its successor from it.
export const registerFunctionSource = `
CREATE OR REPLACE FUNCTION newsletter_register(
  p_email text, p_locale text, p_interests int[], p_now timestamptz, p_token_expires_at timestamptz,
  p_mailed_again_before timestamptz, p_quiet_statuses text[],
  p_notice_version text, p_notice_hash text, p_notice_copy_id int, p_ip_hash text,
  p_task text, p_job json, p_max_attempts int
) RETURNS text LANGUAGE plpgsql AS $fn$
DECLARE
  v_id int;
  v_status text;
  v_last timestamptz;
  v_outcome text;
BEGIN
  INSERT INTO subscribers (email, status, locale, token_expires_at, last_mail_sent_at)
  VALUES (p_email, 'pending', p_locale::enum_subscribers_locale, p_token_expires_at, p_now)
  ON CONFLICT (email) DO NOTHING
  RETURNING id INTO v_id;
  IF v_id IS NOT NULL THEN v_outcome := 'new'; END IF;

  SELECT id, status::text, last_mail_sent_at INTO v_id, v_status, v_last
  FROM subscribers WHERE email = p_email FOR UPDATE;
  IF v_outcome IS NULL THEN
    v_outcome := CASE
      WHEN NOT (v_status = ANY (p_quiet_statuses)) AND (v_last IS NULL OR v_last <= p_mailed_again_before) THEN 'mailed-again'
      ELSE 'rehearsed' END;
  END IF;

  BEGIN
    UPDATE subscribers
    SET status = 'pending', locale = p_locale::enum_subscribers_locale, token_expires_at = p_token_expires_at,
        last_mail_sent_at = p_now, updated_at = p_now
    WHERE id = v_id;
    DELETE FROM subscribers_rels WHERE parent_id = v_id AND path = 'interests';
    INSERT INTO subscribers_rels ("order", parent_id, path, workplan_areas_id)
    SELECT n, v_id, 'interests', area FROM unnest(p_interests) WITH ORDINALITY AS chosen(area, n);
    INSERT INTO consent_records (subscriber_id, purpose, language, notice_version, notice_hash, notice_copy_id, given_at, ip_hash)
    VALUES (v_id, 'newsletter', p_locale::enum_consent_records_language, p_notice_version, p_notice_hash, p_notice_copy_id, p_now, p_ip_hash);
    PERFORM graphile_worker.add_job(
      p_task,
      jsonb_set(p_job::jsonb, '{props,subscriberId}', to_jsonb(v_id))::json,
      max_attempts := p_max_attempts,
      job_key := 'confirmation:' || v_id
    );
    IF v_outcome = 'rehearsed' THEN RAISE EXCEPTION 'rehearsal' USING ERRCODE = 'NLREH'; END IF;
  EXCEPTION WHEN SQLSTATE 'NLREH' THEN
    NULL;
  END;
  RETURN v_outcome;
END
$fn$`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(registerFunctionSource))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP FUNCTION IF EXISTS newsletter_register(text, text, int[], timestamptz, timestamptz, timestamptz, text[], text, text, int, text, text, json, int)`)
}
