import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeOperationHook } from 'payload'
import { postgresAdapterOf } from '../lib/db/pool'

// Payload reads a document, merges the change and rewrites every locale's row. Two saves of
// one document at the same moment (an editor in German, a translator in Spanish) each
// rewrote what they had read before the other committed: one change was lost, or the second
// save failed on a unique slug. Locking the row in the save's transaction before Payload reads
// it makes the second save wait and start from the first one's result.
export const lockDocumentForUpdate: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  const id = Number((args as { id?: unknown }).id)
  if (operation !== 'update' || !Number.isSafeInteger(id) || id <= 0 || !req.transactionID) return args
  const adapter = postgresAdapterOf(req.payload)
  const session = adapter.sessions?.[String(await req.transactionID)]
  if (!session) return args
  const defaultName = collection.slug.replace(/-/g, '_')
  const table = adapter.tableNameMap?.get(defaultName) ?? defaultName
  await session.db.execute(sql`select 1 from ${sql.identifier(table)} where id = ${id} for update`)
  return args
}
