import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

// getPayload caches per key; each test file (and worker) gets its own instance.
export async function startPayload(): Promise<Payload> {
  return getPayload({ config, key: `test-${process.env.JEST_WORKER_ID ?? 0}-${Math.random()}` })
}

interface PoolClient {
  release?: (destroy?: boolean) => void
}
interface PoolInternals {
  _clients?: PoolClient[]
  _idle?: Array<{ client: PoolClient }>
  end?: () => Promise<void>
}

// payload.destroy() leaves the pg pool open (and one client can stay checked out), which
// keeps Jest alive and crashes when the test database is dropped; close it for good.
export async function stopPayload(payload: Payload | undefined): Promise<void> {
  if (!payload) return
  const pool = (payload.db as unknown as { pool?: PoolInternals }).pool
  const idle = new Set((pool?._idle ?? []).map((item) => item.client))
  for (const client of pool?._clients ?? []) {
    if (!idle.has(client)) client.release?.(true)
  }
  await payload.destroy()
  await pool?.end?.()
}
