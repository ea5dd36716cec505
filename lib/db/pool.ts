import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

// Payload's type for `payload.db` is the generic adapter; ours is always the PostgreSQL one
// (payload.config.ts), whose pg pool and transaction sessions some queries need directly
// (a conditional UPDATE … RETURNING, the rate-limit store, the row lock of a save).
export const postgresAdapterOf = (payload: Payload): PostgresAdapter => payload.db as unknown as PostgresAdapter

// The pool's type as Payload's adapter declares it (its own copy of @types/pg).
export type DatabasePool = NonNullable<PostgresAdapter['pool']>

export function databasePool(payload: Payload): DatabasePool {
  const pool = postgresAdapterOf(payload).pool
  if (!pool) throw new Error('the PostgreSQL pool is not open (Payload not connected yet)')
  return pool
}
