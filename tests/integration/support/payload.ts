import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { closePayload } from '@/lib/bootstrap/closePayload'

// getPayload caches per key; each test file (and worker) gets its own instance.
export async function startPayload(): Promise<Payload> {
  return getPayload({ config, key: `test-${process.env.JEST_WORKER_ID ?? 0}-${Math.random()}` })
}

export const stopPayload = closePayload
