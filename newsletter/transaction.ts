import type { Payload, PayloadRequest } from 'payload'
import { inTransaction as inDatabaseTransaction } from '../lib/db/inTransaction'

// All writes of one newsletter step share one database transaction: either all land or none.
// Nothing a newsletter step writes is shown on readers' pages, so nothing is revalidated.
export const inTransaction = <T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> =>
  inDatabaseTransaction(payload, work, { disableRevalidate: true })
