import type { Payload } from 'payload'

interface PoolClient {
  release?: (destroy?: boolean) => void
}
interface PoolInternals {
  _clients?: PoolClient[]
  _idle?: Array<{ client: PoolClient }>
  end?: () => Promise<void>
  on?: (event: 'error', listener: () => void) => void
}

// payload.destroy() leaves the pg pool open (and one client can stay checked out), which
// keeps the process alive and makes it crash when its database stops; close it for good.
export async function closePayload(payload: Payload | undefined): Promise<void> {
  if (!payload) return
  const pool = (payload.db as unknown as { pool?: PoolInternals }).pool
  // A connection still closing when its server stops is expected now, not a crash.
  pool?.on?.('error', () => {})
  const idle = new Set((pool?._idle ?? []).map((item) => item.client))
  for (const client of pool?._clients ?? []) {
    if (!idle.has(client)) client.release?.(true)
  }
  await payload.destroy()
  await pool?.end?.()
}
