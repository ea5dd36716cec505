import type { PayloadRequest } from 'payload'
import { postgresAdapterOf } from './pool'

// The drizzle handle of the request's transaction (so raw SQL lands, or rolls back, with the
// Local API writes of the same request), or the adapter's own outside a transaction.
export async function requestDatabase(req: PayloadRequest) {
  const adapter = postgresAdapterOf(req.payload)
  const id = req.transactionID ? String(await req.transactionID) : undefined
  return (id && adapter.sessions?.[id]?.db) || adapter.drizzle
}
