import pg from 'pg'

// The server's database (scripts/e2e.ts hands its address to the tests): the tests read and
// prepare state there instead of reading mails.
export async function sql<Row extends Record<string, unknown>>(text: string, values: unknown[]): Promise<Row[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    return (await client.query<Row>(text, values)).rows
  } finally {
    await client.end()
  }
}
