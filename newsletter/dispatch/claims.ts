import type { Locale } from '../../i18n/locales'

// Any pg pool or client (the dispatcher's own pool, Payload's in tests).
export interface Pool {
  query<Row = Record<string, unknown>>(
    query: string | { name: string; text: string; values: unknown[] },
    values?: unknown[],
  ): Promise<{ rows: Row[]; rowCount: number | null }>
}

export interface ClaimedDelivery {
  id: number
  issueId: number
  subscriberId: number
  locale: Locale
  email: string
  attempts: number
}

// Takes up to `limit` pending deliveries of issues that are `sending`, in one statement: the
// rows are locked with SKIP LOCKED (parallel workers take different rows, none waits), and a
// row whose reader is no longer confirmed (unsubscribed, erased) is settled as `skipped` in
// the same UPDATE — the check happens at claim time, not when the issue started. A row stays
// `sending` while its mail is on the wire; a worker that dies leaves it so (see reclaimStale).
// Runs once for every few mails: a prepared statement (planned once per connection), the
// pending rows found through their partial index (migration 20261202_191000), the reader
// through the primary key (`subscriber_id` is Payload's numeric: compared as numeric it was a
// scan of every subscriber, 12 ms a claim on 10,000 readers, which held a send to ~120 mails/s).
export async function claimDeliveries(pool: Pool, worker: string, limit: number): Promise<ClaimedDelivery[]> {
  const { rows } = await pool.query<ClaimedDelivery & { skipped: boolean }>({
    name: 'newsletter-claim-deliveries',
    text: `with candidate as (
       select d.id from newsletter_deliveries d
       join newsletter_issues i on i.id = d.issue_id and i.status = 'sending'
       where d.status = 'pending' and (d.not_before is null or d.not_before <= now())
       order by d.id
       limit $2
       for update of d skip locked
     ), reader as (
       select c.id, s.email from candidate c
       join newsletter_deliveries d on d.id = c.id
       left join subscribers s on s.id = d.subscriber_id::int and s.status = 'confirmed'
     )
     update newsletter_deliveries d
     set status = case when r.email is null then 'skipped' else 'sending' end::enum_newsletter_deliveries_status,
         claimed_at = now(), claimed_by = $1, attempts = d.attempts + 1, updated_at = now()
     from reader r
     where d.id = r.id
     returning d.id, d.issue_id as "issueId", d.subscriber_id::int as "subscriberId", d.locale::text as locale,
               r.email, d.attempts, r.email is null as skipped`,
    values: [worker, limit],
  })
  return rows.filter((row) => !row.skipped).map((row) => ({ id: row.id, issueId: row.issueId, subscriberId: row.subscriberId, locale: row.locale, email: row.email, attempts: row.attempts }))
}

// A mail the SMTP server accepted. Only the claim's own worker settles it.
export async function markSent(pool: Pool, id: number, worker: string): Promise<void> {
  await pool.query({
    name: 'newsletter-mark-sent',
    text: `update newsletter_deliveries set status = 'sent', sent_at = now(), last_error = null, updated_at = now()
     where id = $1 and status = 'sending' and claimed_by = $2`,
    values: [id, worker],
  })
}

// A temporary failure goes back to pending after a back-off; a permanent one, or the last
// attempt, is `failed`.
export async function markFailed(pool: Pool, id: number, worker: string, error: string, retryInSeconds: number | null): Promise<void> {
  await pool.query(
    `update newsletter_deliveries
     set status = (case when $4::int is null then 'failed' else 'pending' end)::enum_newsletter_deliveries_status,
         not_before = case when $4::int is null then null else now() + make_interval(secs => $4::int) end,
         last_error = left($3, 500), updated_at = now()
     where id = $1 and status = 'sending' and claimed_by = $2`,
    [id, worker, error, retryInSeconds],
  )
}

// Each dispatcher holds a PostgreSQL advisory lock (livenessLock) for as long as its process
// lives; the key is the first part of `claimed_by`. A row left `sending` by a dispatcher whose
// lock is gone (its process died: PostgreSQL drops the lock with the connection), or claimed
// longer ago than the lease (a process that hangs), is in doubt: the SMTP server may have
// accepted the mail in the instant before the worker could record it. It goes back to pending
// and is sent again with the same Message-ID, so the reader's mail system can recognise the
// copy; the count is returned for the log.
export const livenessLockSpace = 0x4e4c // "NL"

export async function reclaimStale(pool: Pool, leaseSeconds: number): Promise<number> {
  const result = await pool.query(
    `update newsletter_deliveries d set status = 'pending', updated_at = now()
     where d.status = 'sending' and (
       d.claimed_at < now() - make_interval(secs => $1::int)
       or not exists (
         select 1 from pg_locks l
         where l.locktype = 'advisory' and l.granted and l.classid = $2::int::oid and l.objsubid = 2
           and d.claimed_by ~ '^[0-9]{1,10}@'
           and l.objid = (split_part(d.claimed_by, '@', 1)::bigint & 4294967295)::oid
       ))`,
    [leaseSeconds, livenessLockSpace],
  )
  return result.rowCount ?? 0
}

// Issues whose deliveries are all settled are `sent`; scheduled issues whose time has come
// start (through Payload, so the start writes its deliveries in the same transaction).
export async function finishedIssues(pool: Pool): Promise<number[]> {
  const { rows } = await pool.query<{ id: number }>(
    `select i.id from newsletter_issues i
     where i.status = 'sending'
       and not exists (select 1 from newsletter_deliveries d where d.issue_id = i.id and d.status in ('pending', 'sending'))`,
  )
  return rows.map((row) => row.id)
}

export async function dueScheduledIssues(pool: Pool): Promise<number[]> {
  const { rows } = await pool.query<{ id: number }>(
    `select id from newsletter_issues where status = 'scheduled' and scheduled_at <= now() order by scheduled_at`,
  )
  return rows.map((row) => row.id)
}
