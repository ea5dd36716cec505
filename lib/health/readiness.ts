import { migrations } from '@/migrations'
import { withProbeConnection } from '@/lib/db/probe'
import { logEvent } from '@/lib/log/logger'

export type Readiness =
  | { ready: true }
  | { ready: false; reason: 'database-unreachable' }
  | { ready: false; reason: 'migrations-pending'; pending: string[] }

// Ready = the database answers and has every migration this build ships (migrations/index.ts,
// the list `npm run migrate:create` keeps) recorded in payload_migrations. A new instance that
// starts before `npm start` (or the migrate job) has applied them gets no traffic yet.
export async function checkReadiness(databaseUrl: string, expected: readonly string[] = migrations.map((m) => m.name)): Promise<Readiness> {
  let applied: Set<string>
  try {
    applied = await withProbeConnection(databaseUrl, async (client) => {
      const table = await client.query(`select to_regclass('public.payload_migrations') as found`)
      if (!table.rows[0]?.found) return new Set<string>()
      const { rows } = await client.query<{ name: string }>('select name from payload_migrations')
      return new Set(rows.map((row) => row.name))
    })
  } catch (error) {
    logEvent('warn', 'ready: database unreachable', { error: (error as Error).message })
    return { ready: false, reason: 'database-unreachable' }
  }
  const pending = expected.filter((name) => !applied.has(name))
  return pending.length ? { ready: false, reason: 'migrations-pending', pending } : { ready: true }
}

const noStore = { 'Cache-Control': 'no-store' }

// For load balancers: 200 when the instance can serve, 503 (with the reason) when not.
export const readinessResponse = (readiness: Readiness): Response =>
  Response.json(readiness.ready ? { status: 'ready' } : { status: 'not-ready', ...readiness }, {
    status: readiness.ready ? 200 : 503,
    headers: readiness.ready ? noStore : { ...noStore, 'Retry-After': '10' },
  })

// Liveness: the process answers; no database, so an outage does not make the balancer kill it.
export const healthResponse = (): Response => Response.json({ status: 'ok' }, { headers: noStore })
