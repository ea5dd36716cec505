import type { Payload } from 'payload'
import { postgresAdapterOf, type DatabasePool } from '../db/pool'

// pg's own bookkeeping, not in its types: the clients it holds and the idle ones among them.
interface PoolInternals {
  _clients?: Array<{ release?: (destroy?: boolean) => void }>
  _idle?: Array<{ client: unknown }>
}

// payload.destroy() leaves the pg pool open (and one client can stay checked out), which
// keeps the process alive and makes it crash when its database stops; close it for good.
export async function closePayload(payload: Payload | undefined): Promise<void> {
  if (!payload) return
  const pool = postgresAdapterOf(payload).pool as (DatabasePool & PoolInternals) | undefined
  // A connection still closing when its server stops is expected now, not a crash.
  pool?.on('error', () => {})
  const idle = new Set((pool?._idle ?? []).map((item) => item.client))
  for (const client of pool?._clients ?? []) {
    if (!idle.has(client)) client.release?.(true)
  }
  await payload.destroy()
  // pool.end() waits for every client; one that never comes back leaves a promise nothing keeps
  // alive, and Node ends a script mid-await with exit code 13 instead of its own answer (seen
  // in `npm start` refusing a bad setting). The timer keeps the process alive until either ends.
  let timer: NodeJS.Timeout | undefined
  await Promise.race([pool?.end(), new Promise((resolve) => (timer = setTimeout(resolve, poolEndTimeoutMs)))])
  clearTimeout(timer)
}

const poolEndTimeoutMs = 3000
