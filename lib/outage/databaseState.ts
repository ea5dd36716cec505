import { withProbeConnection } from '@/lib/db/probe'
import { requireDatabaseUrl } from '@/lib/env'
import { logEvent } from '@/lib/log/logger'
import { currentRequest } from '@/lib/log/requestContext'

// How long clients are asked to wait before retrying, while the database is away.
export const retryAfterSeconds = 10

// Thrown by reader data access when the database is away: error.tsx shows the outage text,
// nothing is cached, and the answer becomes a 503 (lib/outage/serverPatch.ts). Next keeps a
// digest that is already set, so the client boundary can tell it from other failures.
export class DatabaseUnavailableError extends Error {
  readonly digest = 'DATABASE_UNAVAILABLE'
  constructor(cause: unknown) {
    super('the database is unreachable', { cause })
  }
}

interface State {
  lastDownAt: number
  probe?: { at: number; reachable: Promise<boolean> }
}
// Shared by every bundle of the process (instrumentation, routes, pages), like the request store.
const key = Symbol.for('digitaldialoge.databaseState')
const holder = globalThis as typeof globalThis & { [key]?: State }
const state = (holder[key] ??= { lastDownAt: 0 })

// An error alone does not say whether PostgreSQL is gone (a bad query fails too), so one probe
// connection decides. Its answer is reused for a second: under load, one probe, not thousands.
// `failedAt`: a "reachable" from before that failure is not believed (the database may have
// gone in between); an "unreachable" is.
export async function databaseReachable(failedAt = 0): Promise<boolean> {
  const now = Date.now()
  if (state.probe && now - state.probe.at < 1000 && (state.probe.at >= failedAt || !(await state.probe.reachable))) {
    return state.probe.reachable
  }
  const reachable = withProbeConnection(requireDatabaseUrl(), (client) => client.query('select 1'), 1500).then(
    () => true,
    (error: Error) => {
      logEvent('warn', 'database unreachable', { error: error.message })
      return false
    },
  )
  state.probe = { at: now, reachable }
  return reachable
}

// This request met the outage: its 500 becomes a 503, and so do the 500s of requests that
// shared its render (Next answers concurrent requests for one page from one render).
export function noteOutage(): void {
  state.lastDownAt = Date.now()
  const request = currentRequest()
  if (request) request.outage = true
}

export const outageIsRecent = () => Date.now() - state.lastDownAt < 15_000

// The error to rethrow: the outage marker when the database is away, else the error itself.
export async function outageOr(error: unknown, failedAt = Date.now()): Promise<unknown> {
  if (error instanceof DatabaseUnavailableError) return error
  if (await databaseReachable(failedAt)) return error
  noteOutage()
  return new DatabaseUnavailableError(error)
}
