import pg from 'pg'

// A connection of its own with short timeouts: a health check or an outage decision must not
// queue behind the app's pool, nor hang while PostgreSQL is gone.
export async function withProbeConnection<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>, timeoutMs = 2000): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs })
  // A server that goes away mid-probe emits 'error' on the client; the probe's promise reports it.
  client.on('error', () => {})
  try {
    await client.connect()
    return await work(client)
  } finally {
    await client.end().catch(() => undefined)
  }
}
