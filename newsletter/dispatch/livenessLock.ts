import { randomInt } from 'node:crypto'
import { hostname } from 'node:os'
import pg from 'pg'
import { livenessLockSpace } from './claims'

// A dispatcher's sign of life: an advisory lock on a connection of its own, held while the
// process runs. Its claims are named `<key>@<host>:<pid>`; another dispatcher sees the lock
// gone the moment this process dies and takes its unsettled rows back (claims.ts, reclaimStale).
// Needs a direct connection (a transaction-mode pooler would hand the lock to another session).
export async function holdLivenessLock(databaseUrl: string) {
  const key = randomInt(1, 2 ** 31 - 1)
  const client = new pg.Client({ connectionString: databaseUrl })
  let lost = false
  client.on('error', () => {
    lost = true
  })
  await client.connect()
  await client.query('select pg_advisory_lock($1::int, $2::int)', [livenessLockSpace, key])
  return {
    worker: `${key}@${hostname()}:${process.pid}`,
    // Without the lock, others may take this worker's rows: it must claim no more.
    get lost() {
      return lost
    },
    release: () => client.end().catch(() => undefined),
  }
}
