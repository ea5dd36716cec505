import { existsSync } from 'node:fs'
import type { Payload } from 'payload'
import { runningEmbeddedPostgresUrl } from '../db/embeddedPostgres'
import { readOrCreateDevSecret } from './devSecret'
import { openLocalDatabase } from './localDatabase'
import { migrate, withPayload } from './prepareDatabase'

const dataDir = '.data/postgres'

// Commands for translators and developers (`npm run i18n:*`) work on the database `npm run dev`
// uses: DATABASE_URL when set, else the embedded server in .data/ — the running one, or one
// started just for the command. The schema and the interface strings are brought up to date
// first, so the command sees this checkout's messages/*.json.
export async function withCliPayload<T>(work: (payload: Payload) => Promise<T>): Promise<T> {
  if (existsSync('.env')) process.loadEnvFile('.env')
  process.env.PAYLOAD_SECRET ||= readOrCreateDevSecret('.data/payload-secret')
  let stopDatabase = async () => {}
  if (!process.env.DATABASE_URL) {
    const running = runningEmbeddedPostgresUrl(dataDir, 'digitaldialoge')
    if (running) process.env.DATABASE_URL = running
    else {
      const database = await openLocalDatabase(process.env, dataDir, () => {})
      process.env.DATABASE_URL = database.url
      stopDatabase = async () => database.embedded?.stop()
    }
  }
  try {
    return await withPayload(async (payload) => {
      await migrate(payload)
      return work(payload)
    })
  } finally {
    await stopDatabase()
  }
}
