import { spawnSync } from 'node:child_process'
import pg from 'pg'
import { createTestDatabase, migrateTestDatabase, removeTestDatabase, type TestDatabase } from '../../setup/testDatabase'

// An operator who rolls a release back runs `payload migrate:down`. Payload writes the down
// steps; several of them dropped a table with CASCADE and then its foreign key, which was gone
// already, so the rollback stopped half-way. Here every migration is rolled back on a database
// of its own (one `migrate` applied them all, as one batch), and applied again, to the same
// schema as the first time. Not `migrate:reset`: Payload 3.90 runs its downs oldest first.
let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase(process.env.DATABASE_URL)
})
afterAll(async () => {
  if (database) await removeTestDatabase(database)
})

const system = `('pg_catalog', 'information_schema', 'pg_toast')`
// What the migrations made: schemas, tables and columns, constraints, indexes, enums, functions.
const schemaQueries = {
  schemas: `SELECT nspname FROM pg_namespace WHERE nspname NOT IN ${system} AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%' ORDER BY 1`,
  columns: `SELECT table_schema, table_name, column_name, data_type, udt_name, is_nullable, column_default
              FROM information_schema.columns WHERE table_schema NOT IN ${system} ORDER BY 1, 2, 3`,
  constraints: `SELECT n.nspname, c.conrelid::regclass::text AS relation, c.conname, pg_get_constraintdef(c.oid) AS definition
                  FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname NOT IN ${system} ORDER BY 1, 2, 3`,
  indexes: `SELECT schemaname, indexname, indexdef FROM pg_indexes WHERE schemaname NOT IN ${system} ORDER BY 1, 2`,
  enums: `SELECT n.nspname, t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
           WHERE n.nspname NOT IN ${system} GROUP BY 1, 2 ORDER BY 1, 2`,
  functions: `SELECT n.nspname, p.proname, pg_get_functiondef(p.oid) AS definition
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname NOT IN ${system} AND p.prokind IN ('f', 'p') ORDER BY 1, 2, 3`,
}

async function schemaOf(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const entries = await Promise.all(Object.entries(schemaQueries).map(async ([part, query]) => [part, (await client.query(query)).rows] as const))
    return Object.fromEntries(entries)
  } finally {
    await client.end()
  }
}

// Payload's own CLI, as an operator runs it.
function payloadCli(args: string[]) {
  const result = spawnSync('npx', ['payload', ...args], {
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: 'utf8',
    timeout: 300_000,
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

test('every migration rolls back, leaving nothing behind, and applies again to the same schema', async () => {
  const secret = process.env.PAYLOAD_SECRET ?? ''
  migrateTestDatabase(database.url, secret)
  const first = await schemaOf(database.url)
  expect(first.columns.length).toBeGreaterThan(100)

  const down = payloadCli(['migrate:down'])
  expect(down.output).not.toMatch(/Error migrating down/)
  expect(down.status).toBe(0)
  const empty = await schemaOf(database.url)
  expect(empty).toEqual({ schemas: [{ nspname: 'public' }], columns: [], constraints: [], indexes: [], enums: [], functions: [] })

  migrateTestDatabase(database.url, secret)
  expect(await schemaOf(database.url)).toEqual(first)
}, 900_000)
