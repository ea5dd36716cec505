import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createDatabaseIfMissing, dropDatabase } from '../../lib/db/createDatabase'
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../lib/db/embeddedPostgres'

export interface TestDatabase {
  url: string
  embedded: EmbeddedPostgresHandle | null
}

// Every run gets a database of its own, so no test sees another run's or a developer's data.
export async function createTestDatabase(baseUrl: string | undefined): Promise<TestDatabase> {
  const name = `test_${Date.now()}_${randomBytes(3).toString('hex')}`
  let embedded: EmbeddedPostgresHandle | null = null
  let url: string
  if (baseUrl) {
    const parsed = new URL(baseUrl)
    parsed.pathname = `/${name}`
    url = parsed.toString()
  } else {
    embedded = await startEmbeddedPostgres('.data/test-postgres')
    url = embedded.url(name)
  }
  await createDatabaseIfMissing(url)
  return { url, embedded }
}

// The schema comes from the committed migrations, exactly as in production.
export function migrateTestDatabase(url: string, secret: string): void {
  const result = spawnSync('npx', ['tsx', 'scripts/migrate.ts'], {
    env: { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: secret },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`migrations failed:\n${result.stdout}\n${result.stderr}`)
}

export async function removeTestDatabase(db: TestDatabase): Promise<void> {
  await dropDatabase(db.url)
  await db.embedded?.stop()
}
