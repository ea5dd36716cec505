import type { Payload } from 'payload'
import { closePayload } from './closePayload'
import { settleWithin } from './settleWithin'
import { readDescriptions, readMessageFiles } from '../../i18n/strings/messageFiles'
import { syncInterfaceStrings, type SyncReport } from '../../i18n/strings/syncInterfaceStrings'
import { seedContent, type SeedReport } from '../../seed/seedContent'
import { ensureAdmin, type CreatedAdmin } from './ensureAdmin'

export interface PreparedDatabase {
  admin: CreatedAdmin | null
  seed: SeedReport
}

// Loads the config only after the caller has settled DATABASE_URL and PAYLOAD_SECRET.
export async function withPayload<T>(work: (payload: Payload) => Promise<T>, timeoutMs = 300_000): Promise<T> {
  let step = 'loading the configuration'
  const run = async () => {
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../payload.config')])
    step = 'connecting to the database'
    const payload = await getPayload({ config, key: 'cli' })
    try {
      step = 'preparing the database'
      return await work(payload)
    } finally {
      step = 'closing the database connections'
      await closePayload(payload)
    }
  }
  return settleWithin(run(), timeoutMs, () => step)
}

// Schema first, then the interface strings of this release's messages/*.json.
export async function migrate(payload: Payload): Promise<SyncReport> {
  await payload.db.migrate()
  const report = await syncInterfaceStrings(payload, await readMessageFiles(), await readDescriptions())
  const { created, updated, archived, restored, failed } = report
  payload.logger.info(
    `interface strings: ${created.length} added, ${updated.length} updated, ${restored.length} restored, ${archived.length} archived`,
  )
  for (const { key, reason } of failed) payload.logger.warn(`interface string ${key} not synced: ${reason}`)
  return report
}

export async function prepareDevDatabase(env: NodeJS.ProcessEnv): Promise<PreparedDatabase> {
  return withPayload(async (payload) => {
    await migrate(payload)
    const admin = await ensureAdmin(payload, env)
    const seed = await seedContent(payload)
    return { admin, seed }
  })
}
