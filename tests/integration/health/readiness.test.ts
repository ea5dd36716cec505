import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createDatabaseIfMissing, dropDatabase } from '@/lib/db/createDatabase'
import { checkReadiness, healthResponse, readinessResponse } from '@/lib/health/readiness'
import { migrations } from '@/migrations'

const testDatabase = process.env.DATABASE_URL!

// A database of its own, so that no other test file meets its half-migrated state.
async function databaseWithMigrations(applied: string[]): Promise<string> {
  const url = new URL(testDatabase)
  url.pathname = `/ready_${randomBytes(4).toString('hex')}`
  await createDatabaseIfMissing(url.toString())
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  await client.query('create table payload_migrations (id serial primary key, name varchar, batch numeric)')
  for (const name of applied) await client.query('insert into payload_migrations (name, batch) values ($1, 1)', [name])
  await client.end()
  return url.toString()
}

test('/api/health answers 200 without asking the database', async () => {
  const response = healthResponse()
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(await response.json()).toEqual({ status: 'ok' })
})

test('/api/ready answers 200 when the database has every migration of this build', async () => {
  const response = readinessResponse(await checkReadiness(testDatabase))
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('no-store')
})

test('/api/ready answers 503 and names the migrations a database still lacks', async () => {
  const names = migrations.map((migration) => migration.name)
  const url = await databaseWithMigrations(names.slice(0, -1))
  try {
    const readiness = await checkReadiness(url)
    expect(readiness).toEqual({ ready: false, reason: 'migrations-pending', pending: [names.at(-1)] })
    const response = readinessResponse(readiness)
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('10')
    expect(response.headers.get('cache-control')).toBe('no-store')
  } finally {
    await dropDatabase(url)
  }
})

test('/api/ready answers 503 for a database that was never migrated', async () => {
  const url = new URL(testDatabase)
  url.pathname = `/ready_${randomBytes(4).toString('hex')}`
  await createDatabaseIfMissing(url.toString())
  try {
    const readiness = await checkReadiness(url.toString())
    expect(readiness).toMatchObject({ ready: false, reason: 'migrations-pending' })
  } finally {
    await dropDatabase(url.toString())
  }
})

test('/api/ready answers 503 when PostgreSQL cannot be reached', async () => {
  const readiness = await checkReadiness('postgres://postgres@127.0.0.1:1/none')
  expect(readiness).toEqual({ ready: false, reason: 'database-unreachable' })
  expect(readinessResponse(readiness).status).toBe(503)
})
