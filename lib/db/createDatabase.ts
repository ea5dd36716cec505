import pg from 'pg'

function adminUrl(databaseUrl: string): { admin: string; name: string } {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  if (!/^[a-zA-Z0-9_]+$/.test(name)) throw new Error(`unsupported database name "${name}"`)
  url.pathname = '/postgres'
  return { admin: url.toString(), name }
}

async function withAdminClient<T>(databaseUrl: string, work: (client: pg.Client, name: string) => Promise<T>) {
  const { admin, name } = adminUrl(databaseUrl)
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  try {
    return await work(client, name)
  } finally {
    await client.end()
  }
}

export function createDatabaseIfMissing(databaseUrl: string): Promise<boolean> {
  return withAdminClient(databaseUrl, async (client, name) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (found.rowCount) return false
    await client.query(`CREATE DATABASE "${name}"`)
    return true
  })
}

export function dropDatabase(databaseUrl: string): Promise<void> {
  return withAdminClient(databaseUrl, async (client, name) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  })
}
