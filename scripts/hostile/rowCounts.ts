import pg from 'pg'

// Payload's job scheduler queues the next run of a scheduled task (the newsletter purge) on its
// first cron tick after start and keeps its bookkeeping in payload_jobs_stats: rows that appear
// whether or not anyone sends a request. The rate-limit table counts the hostile failed logins
// and sign-ups by design (HMAC keys only: the answer to abuse, not data written by it). Those,
// and only those, are left out of the count.
const scheduledWork: Record<string, string> = {
  payload_jobs: "where coalesce(meta->>'scheduled', '') <> 'true'",
  payload_jobs_stats: 'where false',
  newsletter_rate_limits: 'where false',
}

// Rows per table of the public schema, through the DATABASE_URL the harness gives the run.
export async function countRows(databaseUrl: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public' order by 1")
    const counts = new Map<string, number>()
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from "${name.replace(/"/g, '""')}" ${scheduledWork[name] ?? ''}`)
      counts.set(name, Number(rows[0].n))
    }
    return counts
  } finally {
    await client.end()
  }
}

export function changedTables(before: Map<string, number>, after: Map<string, number>): string[] {
  const names = new Set([...before.keys(), ...after.keys()])
  return [...names].filter((name) => before.get(name) !== after.get(name)).map((name) => `${name}: ${before.get(name) ?? 'absent'} → ${after.get(name) ?? 'absent'}`)
}
