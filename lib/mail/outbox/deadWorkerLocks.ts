import type pg from 'pg'

// A worker process that dies mid-send (SIGKILL, out of memory, a lost machine) leaves its jobs
// locked, and graphile-worker 0.18 frees a lock only once it is 4 hours old (its resetLockedAt):
// a reader would wait that long for a confirmation mail. So each worker pool proves it is alive
// by holding a session advisory lock named after its pool id, on a connection of its own, for as
// long as it runs; PostgreSQL drops that lock the moment the process's connection goes. Every
// worker looks now and then for jobs locked by a pool whose advisory lock it can take — a pool
// that is gone — and hands them back to the queue (graphile's force_unlock_workers).
// Why not a heartbeat row: a process paused for longer than the heartbeat's limit (a long GC,
// a suspended VM) would lose its jobs while it is still sending them; a held lock cannot.
// The pool's id exists only once graphile-worker has made the pool, just before its workers take
// jobs; so only locks older than `graceMs` are looked at, by when every live pool holds its
// advisory lock.

// The advisory lock namespace (pg_advisory_lock(int, int)'s first key): ASCII "mail".
export const LIVENESS_NAMESPACE = 0x6d61696c

export interface Liveness {
  release(): Promise<void>
}

const lockLiveness = 'SELECT pg_advisory_lock($1, hashtext($2))'
const unlockLiveness = 'SELECT pg_advisory_unlock($1, hashtext($2))'

// PostgreSQL drops the lock with its connection (a restart, a cut network, a terminated backend),
// while the pool's workers may still be sending. Every other worker would then take this pool's
// mails for a dead one's and send them again; so the lock is taken again on a new connection at
// once, and every `retryMs` until the database answers.
export async function holdLiveness(
  pool: pg.Pool,
  poolId: string,
  options: { retryMs?: number; onRelocked?: () => void } = {},
): Promise<Liveness> {
  const retryMs = options.retryMs ?? 500
  let released = false
  let held: pg.PoolClient | undefined
  let retry: NodeJS.Timeout | undefined

  const relockLater = () => {
    if (!released) retry = setTimeout(() => void lock().then(() => options.onRelocked?.(), relockLater), retryMs)
  }
  const lost = () => {
    const dead = held
    held = undefined
    dead?.release(new Error('the liveness connection ended'))
    relockLater()
  }
  const lock = async () => {
    const client = await pool.connect()
    try {
      await client.query(lockLiveness, [LIVENESS_NAMESPACE, poolId])
    } catch (error) {
      client.release(error as Error)
      throw error
    }
    if (released) return void (await unlock(client))
    held = client
    client.once('end', lost)
  }
  const unlock = async (client: pg.PoolClient) => {
    client.removeListener('end', lost)
    try {
      await client.query(unlockLiveness, [LIVENESS_NAMESPACE, poolId])
      client.release()
    } catch (error) {
      // The connection is gone, and the lock with it.
      client.release(error as Error)
    }
  }

  await lock()
  return {
    async release() {
      released = true
      clearTimeout(retry)
      if (held) await unlock(held)
      held = undefined
    },
  }
}

// Returns the ids of the pools found dead, whose jobs are waiting again.
export async function freeJobsOfDeadWorkers(pool: pg.Pool, ownPoolId: string | undefined, graceMs: number): Promise<string[]> {
  const client = await pool.connect()
  try {
    const { rows } = await client.query<{ locked_by: string }>(
      `SELECT DISTINCT locked_by FROM graphile_worker._private_jobs
        WHERE locked_by IS NOT NULL AND locked_by IS DISTINCT FROM $1 AND locked_at < now() - make_interval(secs => $2)`,
      [ownPoolId ?? null, graceMs / 1000],
    )
    const dead: string[] = []
    for (const { locked_by: poolId } of rows) {
      const { rows: taken } = await client.query<{ free: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS free', [LIVENESS_NAMESPACE, poolId])
      if (!taken[0].free) continue
      try {
        await client.query('SELECT graphile_worker.force_unlock_workers($1::text[])', [[poolId]])
        dead.push(poolId)
      } finally {
        await client.query(unlockLiveness, [LIVENESS_NAMESPACE, poolId])
      }
    }
    return dead
  } finally {
    client.release()
  }
}
