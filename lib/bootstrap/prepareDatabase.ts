import type { Payload } from 'payload'
import { seedContent, type SeedReport } from '../../seed/seedContent'
import { ensureAdmin, type CreatedAdmin } from './ensureAdmin'

export interface PreparedDatabase {
  admin: CreatedAdmin | null
  seed: SeedReport
}

// Loads the config only after the caller has settled DATABASE_URL and PAYLOAD_SECRET.
export async function withPayload<T>(work: (payload: Payload) => Promise<T>): Promise<T> {
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../payload.config')])
  const payload = await getPayload({ config, key: 'cli' })
  try {
    return await work(payload)
  } finally {
    await payload.destroy()
  }
}

export function migrate(payload: Payload): Promise<void> {
  return payload.db.migrate()
}

export async function prepareDevDatabase(env: NodeJS.ProcessEnv): Promise<PreparedDatabase> {
  return withPayload(async (payload) => {
    await migrate(payload)
    const admin = await ensureAdmin(payload, env)
    const seed = await seedContent(payload)
    return { admin, seed }
  })
}
