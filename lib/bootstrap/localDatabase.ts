import { createDatabaseIfMissing } from '../db/createDatabase'
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../db/embeddedPostgres'

export interface LocalDatabase {
  url: string
  embedded: EmbeddedPostgresHandle | null
}

// DATABASE_URL wins; without it a developer gets an embedded PostgreSQL under .data/.
export async function openLocalDatabase(
  env: NodeJS.ProcessEnv,
  dataDir: string,
  log: (message: string) => void,
): Promise<LocalDatabase> {
  if (env.DATABASE_URL) {
    await createDatabaseIfMissing(env.DATABASE_URL)
    return { url: env.DATABASE_URL, embedded: null }
  }
  const started = Date.now()
  const embedded = await startEmbeddedPostgres(dataDir, log)
  const url = embedded.url('digitaldialoge')
  await createDatabaseIfMissing(url)
  log(`embedded PostgreSQL ready on port ${embedded.port} in ${Date.now() - started} ms`)
  return { url, embedded }
}
