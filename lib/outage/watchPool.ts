import type { Payload } from 'payload'
import { databasePool } from '@/lib/db/pool'
import { noteOutage } from './databaseState'

// When PostgreSQL stops, pg reports each idle connection it loses as an 'error' on the pool;
// without a listener that is an uncaught exception. It is the first sign of an outage.
export async function watchPool(payload: Payload): Promise<void> {
  databasePool(payload).on('error', (error: Error) => {
    noteOutage()
    payload.logger.warn({ msg: 'database connection lost', err: error })
  })
}
